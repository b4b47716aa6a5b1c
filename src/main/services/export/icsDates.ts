/**
 * Dates for all-day iCalendar events. Records hold ISO 8601 dates that may be partial.
 *
 * Decision on partial dates: `2009-11` becomes a month-long all-day span (Nov 1 to Nov 30) and
 * `2009` a year-long one, rather than being dropped: the archivist asked for the event to be in
 * the calendar, and the span is exactly what the source claims, no more. The event carries
 * `X-CURATE-DATE-PRECISION` so a reader (or re-import) can tell it apart from a real
 * month-long event. Only records without a readable start date are skipped.
 */

import { civilFromDays, daysFromCivil } from '../../../shared/civilDays'

export type DatePrecision = 'day' | 'month' | 'year'

/** Days counted from 1970-01-01 (UTC), so "the day after" is +1 without time-zone traps. */
type DayNumber = number

interface DateRange {
  first: DayNumber
  last: DayNumber
  precision: DatePrecision
}

const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ].*)?$/

/*
 * Day numbers by arithmetic (src/shared/civilDays.ts), not through Date objects: building two
 * Dates per date was most of the date work of a million-event export. icsDates.test.ts checks
 * them against Date day by day.
 */

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeap(year) ? 29 : MONTH_DAYS[month - 1]!
}

/** The days an ISO 8601 date (full or partial) covers; undefined when it is not a real date. */
export function dateRange(text: string | null): DateRange | undefined {
  const match = text ? ISO_DATE.exec(text.trim()) : null
  if (!match) return undefined
  const year = Number(match[1])
  if (match[2] === undefined) return { first: daysFromCivil(year, 1, 1), last: daysFromCivil(year, 12, 31), precision: 'year' }
  const month = Number(match[2])
  if (month < 1 || month > 12) return undefined
  if (match[3] === undefined) {
    return { first: daysFromCivil(year, month, 1), last: daysFromCivil(year, month, daysInMonth(year, month)), precision: 'month' }
  }
  const day = Number(match[3])
  if (day < 1 || day > daysInMonth(year, month)) return undefined
  const only = daysFromCivil(year, month, day)
  return { first: only, last: only, precision: 'day' }
}

/** `YYYYMMDD` for a DATE value. */
export function formatDay(day: DayNumber): string {
  const { year, month, day: dayOfMonth } = civilFromDays(day)
  return `${String(year).padStart(4, '0')}${month < 10 ? '0' : ''}${month}${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`
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

/** Entries kept by a DateMemo before it starts afresh (bounds its memory on odd collections). */
const MEMO_LIMIT = 100_000

/** A timestamp as this app writes it (Date.toISOString). */
const CANONICAL_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.\d{3}Z$/

/**
 * allDaySpan and formatUtcTimestamp for one export, without a Date object per call (~1 s of a
 * million-event export). Dates are read by arithmetic (dateRange); each day's YYYYMMDD is
 * written once, a collection holding far fewer days than records; a timestamp in the form the
 * app writes is rewritten as text when its day exists (JavaScript would roll 30 February over
 * into March: such a one takes the general path). Same results as the plain functions
 * (icsDates.test.ts). Remembering whole date texts in a Map was slower than reading them again.
 */
export class DateMemo {
  private readonly days = new Map<DayNumber, string>()
  private readonly validDays = new Map<string, boolean>()

  span(startDate: string | null, endDate: string | null): AllDaySpan | undefined {
    const start = dateRange(startDate)
    if (!start) return undefined
    let end = dateRange(endDate)
    if (!end || end.last < start.first) end = start
    const precision = COARSENESS[end.precision] > COARSENESS[start.precision] ? end.precision : start.precision
    return { start: this.day(start.first), endExclusive: this.day(end.last + 1), precision }
  }

  stamp(timestamp: string): string | undefined {
    const match = CANONICAL_TIMESTAMP.exec(timestamp)
    if (!match || Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6]) > 59 || !this.dayExists(timestamp.slice(0, 10))) {
      return formatUtcTimestamp(timestamp)
    }
    return `${match[1]}${match[2]}${match[3]}T${match[4]}${match[5]}${match[6]}Z`
  }

  private day(day: DayNumber): string {
    let text = this.days.get(day)
    if (text === undefined) {
      if (this.days.size >= MEMO_LIMIT) this.days.clear()
      this.days.set(day, (text = formatDay(day)))
    }
    return text
  }

  /** Whether a YYYY-MM-DD day is a real one (not 30 February). */
  private dayExists(isoDay: string): boolean {
    let exists = this.validDays.get(isoDay)
    if (exists === undefined) {
      const range = dateRange(isoDay)
      exists = range !== undefined && range.precision === 'day'
      if (this.validDays.size >= MEMO_LIMIT) this.validDays.clear()
      this.validDays.set(isoDay, exists)
    }
    return exists
  }
}
