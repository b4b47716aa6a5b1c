/**
 * ISO 8601 calendar dates, full or partial (`2009`, `2009-11`, `2009-11-30`). Read with
 * character codes rather than a regular expression: validation runs this for every record of
 * an import, twice.
 */
export function isIsoPartialDate(value: string): boolean {
  const length = value.length
  if (length !== 4 && length !== 7 && length !== 10) return false
  const year = digitsAt(value, 0, 4)
  if (year < 0) return false
  if (length === 4) return true
  if (value.charCodeAt(4) !== DASH) return false
  const month = digitsAt(value, 5, 2)
  if (month < 1 || month > 12) return false
  if (length === 7) return true
  if (value.charCodeAt(7) !== DASH) return false
  const day = digitsAt(value, 8, 2)
  return day >= 1 && day <= daysInMonth(year, month)
}

const DASH = 45
const ZERO = 48

/** The number written by `count` ASCII digits from `start`, or -1 if any is not a digit. */
function digitsAt(value: string, start: number, count: number): number {
  let n = 0
  for (let i = start; i < start + count; i++) {
    const digit = value.charCodeAt(i) - ZERO
    if (digit < 0 || digit > 9) return -1
    n = n * 10 + digit
  }
  return n
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** Arithmetic, not a Date: validation calls this for every imported record. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29
  return DAYS_IN_MONTH[month - 1] ?? 0
}

/** The first day a partial date can mean: `2009-11` -> `2009-11-01`. */
export function earliestDay(value: string): string {
  const [y, m = '01', d = '01'] = value.split('-')
  return `${y}-${m}-${d}`
}

/** The last day a partial date can mean: `2009-11` -> `2009-11-30`. */
export function latestDay(value: string): string {
  const [y, m, d] = value.split('-')
  if (m === undefined) return `${y}-12-31`
  if (d === undefined) return `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, '0')}`
  return value
}

/** True when the end cannot lie before the start, partial dates read generously. */
export function endNotBeforeStart(start: string, end: string): boolean {
  // Two full dates (the usual case) compare as they are.
  if (start.length === 10 && end.length === 10) return end >= start
  return latestDay(end) >= earliestDay(start)
}
