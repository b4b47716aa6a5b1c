/**
 * The generated column records.start_year in JavaScript: SQLite's
 * CAST(substr(start_date, 1, 4) AS INTEGER), which reads the leading integer of the first four
 * characters (0 when there is none). For code that counts or filters by year outside SQLite.
 */
export function startYearOf(startDate: string): number {
  const digits = /^\s*[+-]?\d+/.exec(startDate.slice(0, 4))
  return digits ? parseInt(digits[0], 10) : 0
}
