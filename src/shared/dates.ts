/** ISO 8601 calendar dates, full or partial (`2009`, `2009-11`, `2009-11-30`). */
const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

export function isIsoPartialDate(value: string): boolean {
  const match = ISO_PARTIAL.exec(value)
  if (!match) return false
  const month = match[2] === undefined ? null : Number(match[2])
  const day = match[3] === undefined ? null : Number(match[3])
  if (month !== null && (month < 1 || month > 12)) return false
  if (day !== null && month !== null) {
    if (day < 1 || day > daysInMonth(Number(match[1]), month)) return false
  }
  return true
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
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
  return latestDay(end) >= earliestDay(start)
}
