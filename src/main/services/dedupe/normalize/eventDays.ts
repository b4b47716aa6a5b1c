import type { DedupeRecord } from '../types'
import { DatePrecision, eventDayRange, isoDayRange, type DayRange } from './dates'
import { parseDateText } from '../../import/dates'

/** Where an event's year came from. */
export const YearSource = { Date: 0, None: 1, Title: 2 } as const
export type YearSource = (typeof YearSource)[keyof typeof YearSource]

export interface EventDays extends DayRange {
  /**
   * None: the date gave day and month only, read in the stand-in year below; such a date
   * compares with others by day and month. Title: the year was taken from the title.
   */
  yearSource: YearSource
}

/** A leap year, so 29 February reads; day-month-only dates live in it. */
export const STAND_IN_YEAR = 2000

/**
 * The days of an event as comparison reads them. Stored ISO dates come first; a record whose
 * date text was not given a year (`du 20 au 27 novembre`) keeps its day and month, in the year
 * its title names (`Copa Claro 2011`) when it names one, else as a day-month-only date.
 */
export function eventDays(record: Pick<DedupeRecord, 'startDate' | 'endDate' | 'dateText'>, titleYear: number | null): EventDays | null {
  const stored = eventDayRange(record.startDate, record.endDate)
  // Field by field: a spread costs microseconds here, a million times over in a scan.
  if (stored) return { first: stored.first, last: stored.last, precision: stored.precision, yearSource: YearSource.Date }
  const dayMonth = DAY_MONTH.exec(record.startDate ?? '')
  if (dayMonth) return dayMonthRange(dayMonth, DAY_MONTH.exec(record.endDate ?? ''), titleYear)
  if (!record.dateText) return null
  const year = titleYear ?? STAND_IN_YEAR
  const reading = parseDateText(record.dateText, { year })
  const start = isoDayRange(reading?.startDate)
  if (!reading || !start || start.precision !== DatePrecision.Day) return null
  const end = isoDayRange(reading.endDate)
  const last = end && end.last >= start.first ? end.last : start.last
  // The reader says when it fell back on the year we gave; otherwise the text had its own.
  const assumed = reading.warnings.some((warning) => warning.startsWith(`year ${year} assumed`))
  const yearSource = !assumed ? YearSource.Date : titleYear === null ? YearSource.None : YearSource.Title
  return { first: start.first, last, precision: DatePrecision.Day, yearSource }
}

const MS_PER_DAY = 86_400_000
/** ISO 8601's day and month without a year (`--11-20`), as a record may store a date given without one. */
const DAY_MONTH = /^--(\d{2})-(\d{2})$/

function dayMonthRange(start: RegExpExecArray, end: RegExpExecArray | null, titleYear: number | null): EventDays | null {
  const year = titleYear ?? STAND_IN_YEAR
  const day = (match: RegExpExecArray, y: number): number => Math.round(Date.UTC(y, Number(match[1]) - 1, Number(match[2])) / MS_PER_DAY)
  const first = day(start, year)
  if (Number.isNaN(first)) return null
  let last = end ? day(end, year) : first
  // `--12-28` to `--01-03`: the end lies in the next year.
  if (last < first) last = end ? day(end, year + 1) : first
  return { first, last, precision: DatePrecision.Day, yearSource: titleYear === null ? YearSource.None : YearSource.Title }
}

/** The day number of the same day and month in the stand-in year (the anchor day-month dates compare on). */
export function standInDay(day: number): number {
  const date = new Date(day * MS_PER_DAY)
  return Math.round(Date.UTC(STAND_IN_YEAR, date.getUTCMonth(), date.getUTCDate()) / MS_PER_DAY)
}

/** A title's year this far from its date's is a slip of the source (`2011 Barcelona Open`, `April 16 through April 24 2010`); further, it names another year on purpose. */
const YEAR_SLIP = 1

/**
 * Days to move an event into the year its title names, when its date carries a year of its own
 * that differs from the title's by a year (one of the two is a slip, and which is unknown); 0
 * otherwise. A range across New Year whose end is in the title's year does not conflict.
 */
export function titleYearShift(days: EventDays | null, titleYear: number | null): number {
  if (days === null || titleYear === null || days.yearSource !== YearSource.Date || days.precision !== DatePrecision.Day) return 0
  const first = new Date(days.first * MS_PER_DAY)
  const firstYear = first.getUTCFullYear()
  const lastYear = new Date(days.last * MS_PER_DAY).getUTCFullYear()
  if (titleYear >= firstYear && titleYear <= lastYear) return 0
  if (Math.abs(titleYear - firstYear) > YEAR_SLIP) return 0
  const moved = Math.round(Date.UTC(titleYear, first.getUTCMonth(), first.getUTCDate()) / MS_PER_DAY)
  return Number.isNaN(moved) ? 0 : moved - days.first
}

/** A date text that names a day of the month and nothing else a date has (`sábado, dia 5`, `le 12`, `the 5th`). */
const ONE_NUMBER = /^\D*?(\d{1,2})(?:st|nd|rd|th|er|e|\.)?(?!\d)\D*$/u
const MONTH_OR_YEAR_WORD = /\p{L}{3,}/gu

/**
 * The day of the month of a date written with a day only (no month, no year), or null. Such a
 * date cannot be placed in time; it is compared by its day with the other record's month.
 * Only for texts the date reader cannot read at all, with one number and no month name.
 */
export function dayOfMonthOnly(record: Pick<DedupeRecord, 'startDate' | 'dateText'>, days: EventDays | null): number | null {
  if (days !== null || record.startDate || !record.dateText) return null
  const match = ONE_NUMBER.exec(record.dateText.trim())
  if (match === null) return null
  const day = Number(match[1])
  if (day < 1 || day > 31) return null
  // A month written as a word makes it a date the reader should have read, not a day alone.
  for (const word of record.dateText.match(MONTH_OR_YEAR_WORD) ?? []) if (parseDateText(`${day} ${word}`, { year: STAND_IN_YEAR })?.startDate) return null
  return day
}
