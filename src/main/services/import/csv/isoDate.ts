/** ISO 8601 calendar dates, full or partial (YYYY, YYYY-MM, YYYY-MM-DD), as the record model stores them. */

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (!m) return false
  if (m[2] === undefined) return true
  const month = Number(m[2])
  if (month < 1 || month > 12) return false
  if (m[3] === undefined) return true
  const day = Number(m[3])
  return day >= 1 && day <= daysInMonth(Number(m[1]), month)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * True when end is before start. Partial dates compare on their common precision, so
 * 2009-11 is not "before" 2009-11-05.
 */
export function isEndBeforeStart(start: string, end: string): boolean {
  const length = Math.min(start.length, end.length)
  return end.slice(0, length) < start.slice(0, length)
}
