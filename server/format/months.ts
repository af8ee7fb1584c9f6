/** Month-and-year values as people read them, shared by the chat and the resume PDF. Pure. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2021-03` → `Mar 2021`, `2021` → `2021`, `present` → `Present`. */
export function formatYearMonth(value: string): string {
  if (value === 'present') return 'Present'
  const m = /^(\d{4})-(\d{2})$/.exec(value)
  return m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : value
}
