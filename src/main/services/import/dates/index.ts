/**
 * The date reader: typed text (`29-30 October 2015`) and dates inside longer lines,
 * in English, French, German, Spanish, Italian, Portuguese and Dutch, numeric and ISO.
 */

import { findDatesInLine } from './find'
import { resolveParts, type DateReading, type YearContext } from './resolve'
import { specificity, isYear, type DateParts } from './parts'
import { readWithChrono } from './chronoFallback'

export type { DateReading, YearContext } from './resolve'
export type { DateParts, DayParts } from './parts'
export { findDatesInLine } from './find'
export { resolveParts } from './resolve'

export interface DateMatch {
  reading: DateReading
  /** Offset and length of the expression (with any time beside it) in the line. */
  index: number
  length: number
}

/** The fullest date expression in a line (ties: the first), resolved; null when there is none. */
export function findDateInLine(line: string, opts: YearContext = {}): DateMatch | null {
  let best: DateParts | null = null
  for (const parts of findDatesInLine(line)) {
    if (best === null || specificity(parts) > specificity(best)) best = parts
  }
  if (best === null) return null
  const matchedText = line.slice(best.index, best.index + best.length)
  return { reading: resolveParts(best, matchedText, opts), index: best.index, length: best.length }
}

const BARE_YEARS = /^\s*(\d{4})(?:\s*[-–—/]\s*(\d{4}))?\s*$/
const LEFTOVER = /[\p{L}\p{N}]/u

/**
 * Reads text that is meant to be a date, as typed in the record form or a date column.
 * Null only when nothing in it reads as a date; text around the date is reported.
 */
export function parseDateText(text: string, opts: YearContext = {}): DateReading | null {
  const years = BARE_YEARS.exec(text)
  if (years !== null) {
    const start = Number(years[1])
    const end = years[2] === undefined ? start : Number(years[2])
    if (isYear(start) && isYear(end)) {
      const warnings = end < start ? ['end date before start date'] : []
      return { startDate: String(start), endDate: String(end), time: null, warnings, matchedText: text.trim() }
    }
  }
  const found = findDateInLine(text, opts)
  if (found === null) return readWithChrono(text, opts)
  const leftover = text.slice(0, found.index) + text.slice(found.index + found.length)
  if (LEFTOVER.test(leftover)) {
    found.reading.warnings.push(`text beside the date ignored: '${leftover.trim()}'`)
  }
  return found.reading
}
