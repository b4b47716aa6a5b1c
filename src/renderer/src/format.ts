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
