/**
 * Turns what the text says (DateParts) into ISO dates, settling a missing year from the
 * text around it, a heading, or the caller's option; never from the clock.
 */

import type { DateParts, DayParts } from './parts'

export interface YearContext {
  /** The caller's fallback year (import option). */
  year?: number
  /** A year read from a heading above the date ("Programme 2018"). */
  headingYear?: { year: number; heading: string }
}

export interface DateReading {
  startDate: string | null
  endDate: string | null
  time?: string | null
  warnings: string[]
  matchedText: string
}

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)
}

function isValid(p: DayParts): boolean {
  if (p.year === undefined) return false
  if (p.month === undefined) return p.day === undefined
  if (p.month < 1 || p.month > 12) return false
  return p.day === undefined || (p.day >= 1 && p.day <= daysInMonth(p.year, p.month))
}

function iso(p: DayParts): string {
  let text = String(p.year)
  if (p.month !== undefined) text += `-${pad(p.month)}`
  if (p.day !== undefined) text += `-${pad(p.day)}`
  return text
}

/** Month/day order only: is `a` later in the year than `b`? */
function laterInYear(a: DayParts, b: DayParts): boolean {
  const am = a.month ?? 0
  const bm = b.month ?? 0
  return am > bm || (am === bm && (a.day ?? 0) > (b.day ?? 0))
}

function compareIso(a: string, b: string): number {
  // Partial ISO strings compare correctly as text when they share a prefix length.
  const length = Math.min(a.length, b.length)
  return a.slice(0, length).localeCompare(b.slice(0, length))
}

function copyDay(p: DayParts): DayParts {
  return { year: p.year, month: p.month, day: p.day }
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

/** A weekday the text names that the date does not fall on: a warning, the date stands. */
function weekdayWarning(parts: DateParts, start: DayParts): string | null {
  if (parts.weekday === undefined || start.day === undefined || parts.end !== undefined) return null
  const actual = new Date(Date.UTC(start.year as number, (start.month as number) - 1, start.day)).getUTCDay()
  if (actual === parts.weekday) return null
  return `the text says ${WEEKDAY_NAMES[parts.weekday]}, but ${iso(start)} is a ${WEEKDAY_NAMES[actual]}`
}

export function resolveParts(parts: DateParts, matchedText: string, context: YearContext = {}): DateReading {
  if (parts.openStart && parts.end !== undefined) return resolveOpenStart(parts, matchedText, context)
  const warnings: string[] = []
  if (parts.start.month === undefined && parts.start.year === undefined) {
    warnings.push(`day without a month: '${matchedText}' needs the month from the page`)
    return { startDate: null, endDate: null, time: parts.time ?? null, warnings, matchedText }
  }
  // Copies (the year is filled in below), field by field: a spread costs ~2 µs in V8 here.
  const start = copyDay(parts.start)
  const end: DayParts | undefined = parts.end ? copyDay(parts.end) : undefined
  const time = parts.time ?? null

  if (start.year === undefined && end?.year === undefined) {
    let year: number | undefined
    if (context.headingYear !== undefined) {
      year = context.headingYear.year
      warnings.push(`year taken from heading '${context.headingYear.heading}'`)
    } else if (context.year !== undefined) {
      year = context.year
      warnings.push(`year ${year} assumed: the text gives none`)
    } else {
      warnings.push('no year in the date: set one or give a default year')
      return { startDate: null, endDate: null, time, warnings, matchedText }
    }
    start.year = year
    if (end) end.year = laterInYear(start, end) ? year + 1 : year
  } else if (start.year === undefined && end?.year !== undefined) {
    // "28 December – 3 January 2020": the start lies in the year before.
    start.year = laterInYear(start, end) ? end.year - 1 : end.year
  } else if (end && end.year === undefined) {
    end.year = laterInYear(start, end) ? (start.year as number) + 1 : start.year
  }

  if (parts.monthFirst) warnings.push('numeric date read month-first (day-first gives no valid date)')
  if (!isValid(start) || (end !== undefined && !isValid(end))) {
    warnings.push(`not a valid date: '${matchedText}'`)
    return { startDate: null, endDate: null, time, warnings, matchedText }
  }
  const startDate = iso(start)
  if (parts.openEnd === true && end === undefined) {
    warnings.push('end date to be announced')
    return { startDate, endDate: null, time, warnings, matchedText }
  }
  const endDate = end ? iso(end) : startDate
  if (compareIso(endDate, startDate) < 0) warnings.push('end date before start date')
  const weekday = weekdayWarning(parts, start)
  if (weekday !== null) warnings.push(weekday)
  return { startDate, endDate, time, warnings, matchedText }
}

/** `Through January 1, 2020`, `jusqu'au 7 mars`: no start date; the end is read as a single day. */
function resolveOpenStart(parts: DateParts, matchedText: string, context: YearContext): DateReading {
  const end = parts.end as DayParts
  const reading = resolveParts({ start: end, index: parts.index, length: parts.length, time: parts.time }, matchedText, context)
  reading.warnings.push('only the end date is given')
  return { ...reading, startDate: null }
}
