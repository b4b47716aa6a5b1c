/** A date expression as read, before a year is settled: what the text says and nothing more. */

export interface DayParts {
  year?: number
  month?: number
  day?: number
}

export interface DateParts {
  start: DayParts
  /** Absent for a single day (or single month/year). */
  end?: DayParts
  /** Offsets of the expression in the text it was found in. */
  index: number
  length: number
  /** Set when a numeric date had to be read month-first (e.g. 03/25/2019). */
  monthFirst?: boolean
  /** Time of day found next to the date, normalised ("14:00", "14:00–16:00"). */
  time?: string
}

export const MIN_YEAR = 1800
export const MAX_YEAR = 2199

export function isYear(value: number): boolean {
  return value >= MIN_YEAR && value <= MAX_YEAR
}

/** How much a reading says: used to prefer the fuller of two candidate expressions. */
export function specificity(parts: DateParts): number {
  const score = (p: DayParts): number =>
    (p.year !== undefined ? 4 : 0) + (p.month !== undefined ? 2 : 0) + (p.day !== undefined ? 1 : 0)
  return score(parts.start) + (parts.end ? 1 : 0)
}
