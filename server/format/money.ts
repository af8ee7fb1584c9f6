/**
 * The one ₹ formatter, shared by the server (bot messages, resume PDFs, reasons) and the app
 * (pages import it through `#server/format/money`): pure, no dependencies, Indian digit grouping.
 */
const GROUPING = new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 })

/** 125000 → "1,25,000" */
export function groupIndian(amount: number): string {
  return GROUPING.format(amount)
}

/** 18000 → "₹18,000"; 125000 → "₹1,25,000" */
export function formatRupees(amount: number): string {
  return `₹${GROUPING.format(amount)}`
}
