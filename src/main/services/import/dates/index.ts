/**
 * The date reader: typed text (`29-30 October 2015`) and dates inside longer lines, in every
 * language this platform's Intl knows (month and weekday names, long, short and genitive),
 * numeric (DD.MM.YYYY, DD/MM/YYYY, ISO, `30.5. bis 2.6.2019`, `10. 17 (토)`) and CJK
 * (`2012年1月18日`, `2020년 10월 17일`, `平成31年4月`).
 *
 * For the listing reader (what to call, and what comes back):
 * - `guessPageLanguages(lines)` → e.g. `['pl']`, `['fr', 'pt']`, `['ko']` (reads at most the first
 *   3,000 lines): pass as `findDatesInLine(line, { languages })`. It settles words that name
 *   different months in different languages ("listopad": November in Polish/Czech, October in
 *   Croatian; default: the most used language), makes French `mar.` mardi rather than March, and
 *   lets short words of less used languages ("Hyd", Welsh October) count as month names.
 * - `numericOrderOfPage(lines)` → 'dayFirst' | 'monthFirst' | null: pass as `{ numericOrder }`.
 *   It decides 03/04/2019, and lets yearless pairs (`10. 30`, `09.09 ~ 10.06`, `3/15`) be read;
 *   without it they are read only before a weekday (`10. 17 (토)`) or in a range with a year
 *   (`30.5. bis 2.6.2019`).
 * - `{ partial: true }` also returns what only page context completes:
 *   - day only: `start` has `day` and no `month`: `29日(月曜日)`, `Sábado, dia 23`, `Jeudi 12`,
 *     `dal 3 al 5` (start {day: 3}, end {day: 5}), a bare range opening a line `8-10 &bull;`,
 *     `| 26–27 |`; an end day smaller than the start day (`31-1`) crosses a month end;
 *   - end only: `openStart: true`, `start` is `{}`, `end` holds what is given: `Through January 1,
 *     2020`, `jusqu'au 7` (end {day: 7}), `bis 5. Mai`, `bis 2.6.2019`; resolveParts gives
 *     startDate null and the warning 'only the end date is given';
 *   - a CJK year alone (`2019年`, `平成31年`): `start` has only `year`.
 *   Without `partial` none of these are returned, and lines read as they did before.
 *   resolveParts on a day without a month gives no date and the warning "day without a month".
 * - `weekday` on DateParts: the weekday named beside the date (0 = Sunday), in any language Intl
 *   knows, 요일/曜日/星期 included; resolveParts warns "the text says Thursday, but 2023-01-15 is a
 *   Sunday" and keeps the date.
 * - `time` on DateParts also reads `alle ore 15`, `15 h 15`, `16.00 uur`, `午後1時30分`, `14:00~16:00`.
 * - `isDateToBeAnnounced(text)`: TBA / TBD / TBC / à confirmer / 未定...; parseDateText gives no date
 *   and the warning "date to be announced".
 * - `eraYear('平成', 31)` → 2019, for a page heading's era year (CJK dates convert eras themselves).
 * - `findYearInText(text)` → the one year a title or heading names ("Copa Claro 2011",
 *   "2011年マレーシアオープン", "(平成31年4月)"), undefined for none or several: for a date without a
 *   year (issue 15: the title's year counts, with a warning).
 * - `monthFirst` (already there): a numeric date read month first on a page read day first.
 * Yearless dates (`12 March`, `10. 08`, `1月18日`) come back without `year`, as before: resolveParts
 * takes it from YearContext. The month and weekday table is built from Intl on first use (146
 * languages here; ~0.1–0.3 s once per process, the cost of touching each locale's CLDR data).
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
export { findYearInText } from './yearInText'
export { isTimeOnly } from './times'
export { isDateRemnant } from './remnant'

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
