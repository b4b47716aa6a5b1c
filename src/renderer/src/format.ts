/**
 * Whole numbers with thousands separators: 990100 -> "990,100". Written out rather than
 * toLocaleString(), whose first call in a window loads ICU's number data (50-100 ms, on the way
 * to the first rows). The interface is in English, and so are its numbers.
 */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n)))
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return n < 0 ? `-${grouped}` : grouped
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
const two = (n: number): string => String(n).padStart(2, '0')

/**
 * The one way the app writes a moment (History, Duplicates, Backups, provenance): local time,
 * "7 Dec 2026, 09:05", day first and 24-hour, the same in every view and every locale.
 */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}, ${two(date.getHours())}:${two(date.getMinutes())}`
}
