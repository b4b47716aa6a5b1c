/**
 * The date reader: typed text (`29-30 October 2015`) and dates inside longer lines, in every
 * language this platform's Intl knows (month and weekday names, long, short and genitive),
 * numeric (DD.MM.YYYY, DD/MM/YYYY, ISO, `30.5. bis 2.6.2019`, `10. 17 (토)`) and CJK
 * (`2012年1月18日`, `2020년 10월 17일`, `平成31年4月`).
 *
 * For the listing reader (what to call, and what comes back):
 * - `guessPageLanguages(lines)` → e.g. `['pl']`, `['fr']`, `['ko']`: pass as
 *   `findDatesInLine(line, { languages })`. It settles words that name different months in
 *   different languages ("listopad": November in Polish/Czech, October in Croatian; default:
 *   the most used language) and lets short words of minor languages count as month names.
 * - `numericOrderOfPage(lines)` → 'dayFirst' | 'monthFirst' | null: pass as
 *   `{ numericOrder }`. It decides 03/04/2019, and lets yearless pairs (`10. 08`, `3/15`) be read.
 * - `{ partial: true }` also returns what only page context completes. Check the parts:
 *   - day only: `start` has `day` and no `month` (`29日(月曜日)`, `Sábado, dia 23`, `dal 3 al 5`
 *     gives start {day: 3} end {day: 5}, `jusqu'au 7`); a CJK year alone (`2019年`) has only `year`;
 *   - end only: `openStart: true`, `start` is `{}`, `end` holds the date (`Through January 1, 2020`,
 *     `jusqu'au 7`, `bis 5. Mai`); resolveParts gives startDate null and a warning;
 *   without `partial`, none of these are returned (the lines read as before).
 * - `weekday` on DateParts: the weekday named beside the date (0 = Sunday); resolveParts warns
 *   when it does not match, and keeps the date.
 * - `isDateToBeAnnounced(text)`: TBA / TBD / TBC and the like; parseDateText gives no date and a warning.
 * - `eraYear('平成', 31)` → 2019, for a page heading's era year.
 * - `monthFirst` (already there): a numeric date read month first although the page reads day first.
 * Yearless dates (`12 March`, `10. 08`) come back without `year`, as before: resolveParts takes it
 * from YearContext.
 */

import { findDatesInLine } from './find'
import { resolveParts, type DateReading, type YearContext } from './resolve'
import { specificity, isYear, type DateParts, type FindOptions } from './parts'
import { readWithChrono } from './chronoFallback'

export type { DateReading, YearContext } from './resolve'
export type { DateParts, DayParts, FindOptions } from './parts'
export { findDatesInLine } from './find'
export { resolveParts } from './resolve'
export { guessPageLanguages, numericOrderOfPage } from './pageHints'
export { eraYear } from './cjkDates'

export interface DateMatch {
  reading: DateReading
  /** Offset and length of the expression (with any time beside it) in the line. */
  index: number
  length: number
}

/** The fullest date expression in a line (ties: the first), resolved; null when there is none. */
export function findDateInLine(line: string, opts: YearContext & FindOptions = {}): DateMatch | null {
  let best: DateParts | null = null
  for (const parts of findDatesInLine(line, opts)) {
    if (best === null || specificity(parts) > specificity(best)) best = parts
  }
  if (best === null) return null
  const matchedText = line.slice(best.index, best.index + best.length)
  return { reading: resolveParts(best, matchedText, opts), index: best.index, length: best.length }
}

const TO_BE_ANNOUNCED =
  /(?:^|[^\p{L}])(?:tba|tbd|tbc|to be (?:announced|confirmed|determined)|à (?:confirmer|préciser|venir)|por (?:confirmar|determinar)|da (?:definire|confermare)|noch offen|未定)(?![\p{L}])/iu

/** True when the text says the date is not known yet: TBA, TBD, TBC, "to be announced", "à confirmer", 未定... */
export function isDateToBeAnnounced(text: string): boolean {
  return TO_BE_ANNOUNCED.test(text)
}

const BARE_YEARS = /^\s*(\d{4})(?:\s*[-–—/]\s*(\d{4}))?\s*$/
const LEFTOVER = /[\p{L}\p{N}]/u

/**
 * Reads text that is meant to be a date, as typed in the record form or a date column.
 * Null only when nothing in it reads as a date; text around the date is reported.
 * "TBA" and the like give no date and a warning.
 */
export function parseDateText(text: string, opts: YearContext & FindOptions = {}): DateReading | null {
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
  if (found === null) {
    if (isDateToBeAnnounced(text)) {
      return { startDate: null, endDate: null, time: null, warnings: [`date to be announced: '${text.trim()}'`], matchedText: text.trim() }
    }
    return readWithChrono(text, opts)
  }
  const leftover = text.slice(0, found.index) + text.slice(found.index + found.length)
  if (LEFTOVER.test(leftover)) {
    found.reading.warnings.push(`text beside the date ignored: '${leftover.trim()}'`)
  }
  return found.reading
}
