/**
 * Dates written in figures: ISO (`2019-03-12`, `2019-03-12/2019-03-14`, `2019-03-12/14`)
 * and day-first European forms (`12/03/2019`, `12.03.2019`, `12.-14.03.2019`, `12-14/03/2019`).
 * Slash dates are read day-first, as the brief asks; only an impossible day-first reading
 * (03/25/2019) is read month-first, and said so.
 */

import { isYear, type DateParts, type DayParts } from './parts'

const ISO_DAY = String.raw`(\d{4})-(\d{2})(?:-(\d{2}))?`
/** ISO date, optionally an interval: `/` or a spaced dash, then a full or shortened end. */
const ISO = new RegExp(
  String.raw`(?<![\d./-])${ISO_DAY}(?:(?:\s*/\s*|\s+[-–—]\s+|\s+to\s+)(?:${ISO_DAY}|(\d{2})-(\d{2})|(\d{2})))?(?![\d/-])`,
  'g'
)
/** `D[./-]M[./-]YYYY`, with an optional `D-` or `D.-` range start and an optional full end. */
const DMY = new RegExp(
  String.raw`(?<![\d./-])(?:(\d{1,2})\.?\s*[-–]\s*)?(\d{1,2})([./-])(\d{1,2})\3(\d{4})(?:\s*[-–—]\s*(\d{1,2})([./-])(\d{1,2})\7(\d{4}))?(?![\d])`,
  'g'
)
function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text)
}

function readIso(match: RegExpExecArray): DateParts | null {
  const year = Number(match[1])
  if (!isYear(year)) return null
  const start: DayParts = { year, month: Number(match[2]), day: num(match[3]) }
  let end: DayParts | undefined
  if (match[4] !== undefined) end = { year: Number(match[4]), month: Number(match[5]), day: num(match[6]) }
  else if (match[7] !== undefined) end = { year, month: Number(match[7]), day: Number(match[8]) }
  else if (match[9] !== undefined) end = { year, month: start.month, day: Number(match[9]) }
  return { start, end, index: match.index, length: match[0].length }
}

function dayMonth(a: number, b: number): { day: number; month: number; swapped: boolean } {
  if (b > 12 && a <= 12) return { day: b, month: a, swapped: true }
  return { day: a, month: b, swapped: false }
}

function readDmy(match: RegExpExecArray): DateParts | null {
  const year = Number(match[5])
  if (!isYear(year)) return null
  const first = dayMonth(Number(match[2]), Number(match[4]))
  const start: DayParts = { year, month: first.month, day: first.day }
  let end: DayParts | undefined
  let swapped = first.swapped
  if (match[6] !== undefined) {
    const endYear = Number(match[9])
    if (!isYear(endYear)) return null
    const second = dayMonth(Number(match[6]), Number(match[8]))
    swapped ||= second.swapped
    end = { year: endYear, month: second.month, day: second.day }
  }
  if (match[1] !== undefined) {
    // `12-14/03/2019`: the leading figure is the first day of the range. (Field by field: spreads are slow in V8 here.)
    end = start
    return { start: { year: start.year, month: start.month, day: Number(match[1]) }, end, index: match.index, length: match[0].length }
  }
  return { start, end, index: match.index, length: match[0].length, monthFirst: swapped || undefined }
}

/** Every numeric date in the text, in order. */
export function findNumericDates(text: string): DateParts[] {
  if (!NUMERIC_HINT.test(text)) return []
  const found: DateParts[] = []
  for (const [pattern, read] of [
    [ISO, readIso],
    [DMY, readDmy]
  ] as const) {
    pattern.lastIndex = 0
    let match: RegExpExecArray | null
    while ((match = pattern.exec(text)) !== null) {
      const parts = read(match)
      if (parts !== null) found.push(parts)
    }
  }
  return found.sort((a, b) => a.index - b.index)
}

/** Cheap gate: no figure-separator-figure, no numeric date. */
const NUMERIC_HINT = /\d[./-]\d/
