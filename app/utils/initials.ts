/** "Ravi Kumar" → "RK": the avatar when there is no photo. */
export function initialsOf(name: string): string {
  return name
    .split(' ')
    .map((p) => p[0])
    .slice(0, 2)
    .join('')
    .toUpperCase()
}
