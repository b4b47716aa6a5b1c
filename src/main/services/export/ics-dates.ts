/**
 * Dates for all-day iCalendar events. Records hold ISO 8601 dates that may be partial.
 *
 * Decision on partial dates: `2009-11` becomes a month-long all-day span (Nov 1 to Nov 30) and
 * `2009` a year-long one, rather than being dropped: the archivist asked for the event to be in
 * the calendar, and the span is exactly what the source claims, no more. The event carries
 * `X-CURATE-DATE-PRECISION` so a reader (or re-import) can tell it apart from a real
 * month-long event. Only records without a readable start date are skipped.
 */

export type DatePrecision = 'day' | 'month' | 'year'

/** Days counted from 1970-01-01 (UTC), so "the day after" is +1 without time-zone traps. */
type DayNumber = number

interface DateRange {
  first: DayNumber
  last: DayNumber
  precision: DatePrecision
}

const MS_PER_DAY = 86_400_000
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/

function dayNumber(year: number, month: number, day: number): DayNumber {
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return Math.round(date.getTime() / MS_PER_DAY)
}

function daysInMonth(year: number, month: number): number {
  return dayNumber(year, month + 1, 1) - dayNumber(year, month, 1)
}

/** The days an ISO 8601 date (full or partial) covers; undefined when it is not a real date. */
export function dateRange(text: string | null): DateRange | undefined {
  const match = text ? ISO_DATE.exec(text.trim()) : null
  if (!match) return undefined
  const year = Number(match[1])
  if (match[2] === undefined) return { first: dayNumber(year, 1, 1), last: dayNumber(year, 12, 31), precision: 'year' }
  const month = Number(match[2])
  if (month < 1 || month > 12) return undefined
  if (match[3] === undefined) {
    return { first: dayNumber(year, month, 1), last: dayNumber(year, month, daysInMonth(year, month)), precision: 'month' }
  }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) return undefined
  const only = dayNumber(year, month, day)
  return { first: only, last: only, precision: 'day' }
}

/** `YYYYMMDD` for a DATE value. */
export function formatDay(day: DayNumber): string {
  const date = new Date(day * MS_PER_DAY)
  const year = String(date.getUTCFullYear()).padStart(4, '0')
  const month = String(date.getUTCMonth() + 1).padStart(2, '0')
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0')
  return `${year}${month}${dayOfMonth}`
}

export interface AllDaySpan {
  /** DTSTART value. */
  start: string
  /** DTEND value: the day after the last day (DTEND is exclusive in RFC 5545). */
  endExclusive: string
  /** The coarsest precision of the two dates. */
  precision: DatePrecision
}

const COARSENESS: Record<DatePrecision, number> = { day: 0, month: 1, year: 2 }

/**
 * The all-day span of a record, or undefined when its start date is missing or unreadable.
 * A missing or unreadable end date means "same as the start"; an end before the start
 * (a data-entry slip) is ignored the same way rather than producing an invalid event.
 */
export function allDaySpan(startDate: string | null, endDate: string | null): AllDaySpan | undefined {
  const start = dateRange(startDate)
  if (!start) return undefined
  let end = dateRange(endDate)
  if (!end || end.last < start.first) end = start
  const precision = COARSENESS[end.precision] > COARSENESS[start.precision] ? end.precision : start.precision
  return { start: formatDay(start.first), endExclusive: formatDay(end.last + 1), precision }
}

/** `YYYYMMDDTHHMMSSZ` for a DATE-TIME in UTC; undefined for an unreadable timestamp. */
export function formatUtcTimestamp(timestamp: string | Date): string | undefined {
  const date = timestamp instanceof Date ? timestamp : new Date(timestamp)
  if (Number.isNaN(date.getTime())) return undefined
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '')
}
