/**
 * ISO 8601 dates (possibly partial: `2009`, `2009-11`) as day numbers, so comparing two
 * records' dates is integer arithmetic. A partial date stands for every day it could be.
 */

/** How precisely a date is known; higher is more precise. */
export const DatePrecision = { None: 0, Year: 1, Month: 2, Day: 3 } as const
export type DatePrecision = (typeof DatePrecision)[keyof typeof DatePrecision]

export interface DayRange {
  /** Days since 1970-01-01 of the first possible day. */
  first: number
  /** Days since 1970-01-01 of the last possible day. */
  last: number
  precision: DatePrecision
}

const MS_PER_DAY = 86_400_000
const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/

function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY)
}

/** The days an ISO date (full or partial) may stand for, or null when it is not one. */
export function isoDayRange(iso: string | null | undefined): DayRange | null {
  if (!iso) return null
  const match = ISO.exec(iso.trim())
  if (!match) return null
  const year = Number(match[1])
  if (match[3] !== undefined) {
    const month = Number(match[2])
    const day = Number(match[3])
    if (month < 1 || month > 12 || day < 1 || day > 31) return null
    const d = dayNumber(year, month, day)
    return { first: d, last: d, precision: DatePrecision.Day }
  }
  if (match[2] !== undefined) {
    const month = Number(match[2])
    if (month < 1 || month > 12) return null
    return {
      first: dayNumber(year, month, 1),
      last: dayNumber(year, month + 1, 1) - 1,
      precision: DatePrecision.Month
    }
  }
  return { first: dayNumber(year, 1, 1), last: dayNumber(year + 1, 1, 1) - 1, precision: DatePrecision.Year }
}

/**
 * The whole span of an event: from the first possible start day to the last possible end day.
 * A missing or earlier-than-start end date means the event lasts as long as its start date.
 */
export function eventDayRange(startDate: string | null, endDate: string | null): DayRange | null {
  const start = isoDayRange(startDate)
  const end = isoDayRange(endDate)
  if (!start) return end
  if (!end || end.last < start.first) return start
  return { first: start.first, last: end.last, precision: Math.min(start.precision, end.precision) as DatePrecision }
}
