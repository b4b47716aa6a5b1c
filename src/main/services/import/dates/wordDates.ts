/**
 * Dates written with month names, in any of the languages monthNames.ts knows:
 * `29-30 October 2015`, `30 November-1 December 2009`, `du 3 au 5 juin 2016`,
 * `12 de marzo de 2019`, `Tuesday 12 March 2019`, `March 12-14, 2019`, `October 2015`.
 * A hand-written grammar over tokens, because chrono-node reads `30 November-1 December`
 * as one day and costs ~40 µs a line where this costs ~2.
 */

import type { Token } from './tokens'
import { isYear, type DateParts, type DayParts } from './parts'

/** Words that may open a date: "from", "du", "vom", "dal", "del", "van", "le", "on"... */
const LEAD_WORDS = new Set(['from', 'on', 'the', 'du', 'le', 'des', 'vom', 'von', 'am', 'dal', 'dall', 'il', 'del', 'el', 'de', 'van', 'op'])
/** Words joining the two ends of a range. */
const RANGE_WORDS = new Set([
  'to', 'till', 'until', 'through', 'thru', 'and',
  'au', 'a', 'à', 'et',
  'bis', 'und',
  'al', 'y', 'hasta',
  'e', 'ate',
  'tot', 't/m', 'en'
])
/** Words between day, month and year: "12 de marzo de 2019", "3rd of May", "1 of the". */
const LINK_WORDS = new Set(['de', 'of', 'del'])
/** Month abbreviations that are also everyday words ("out", "set", "ago"): trusted only beside a year. */
const WORDLIKE_MONTHS = new Set(['out', 'set', 'ago', 'gen', 'mag', 'mar'])

type Cursor = { tokens: Token[]; i: number }

function peek(c: Cursor): Token | undefined {
  return c.tokens[c.i]
}

function skipLinkWords(c: Cursor): void {
  let t = peek(c)
  while (t?.kind === 'word' && LINK_WORDS.has(t.word)) t = c.tokens[++c.i]
}

/** A weekday name, optionally followed by a comma: skipped, it adds nothing the date lacks. */
function skipWeekday(c: Cursor): void {
  const t = peek(c)
  if (t?.kind === 'word' && t.weekday) {
    c.i++
    if (peek(c)?.kind === 'comma') c.i++
  }
}

function readDay(c: Cursor): number | undefined {
  const t = peek(c)
  if (t?.kind === 'num' && t.digits <= 2 && t.value >= 1 && t.value <= 31) {
    c.i++
    return t.value
  }
  return undefined
}

function readMonth(c: Cursor): number | undefined {
  const t = peek(c)
  if (t?.kind === 'word' && t.month !== undefined) {
    c.i++
    return t.month
  }
  return undefined
}

function readYear(c: Cursor): number | undefined {
  const save = c.i
  if (peek(c)?.kind === 'comma') c.i++
  skipLinkWords(c)
  const t = peek(c)
  if (t?.kind === 'num' && t.digits === 4 && !t.ordinal && isYear(t.value)) {
    c.i++
    return t.value
  }
  c.i = save
  return undefined
}

function readRangeJoin(c: Cursor): boolean {
  const t = peek(c)
  if (t?.kind === 'dash' || (t?.kind === 'word' && RANGE_WORDS.has(t.word))) {
    c.i++
    return true
  }
  return false
}

/** `D [M [Y]] - D M [Y]` and `D M [Y]`, day first. */
function readDayFirst(c: Cursor): { start: DayParts; end?: DayParts } | null {
  const day1 = readDay(c)
  if (day1 === undefined) return null
  skipLinkWords(c)
  const month1 = readMonth(c)
  const year1 = month1 !== undefined ? readYear(c) : undefined
  const afterFirst = c.i
  if (readRangeJoin(c)) {
    skipWeekday(c)
    const day2 = readDay(c)
    if (day2 !== undefined) {
      skipLinkWords(c)
      const month2 = readMonth(c)
      if (month2 !== undefined) {
        const year2 = readYear(c)
        if (month1 === undefined && day2 < day1) return null
        return {
          start: { day: day1, month: month1 ?? month2, year: year1 },
          end: { day: day2, month: month2, year: year2 }
        }
      }
    }
  }
  c.i = afterFirst
  if (month1 === undefined) return null
  return { start: { day: day1, month: month1, year: year1 } }
}

/** `M D [- [M] D], Y`, `M D, Y`, `M Y`: month first, as US and some UK pages write. */
function readMonthFirst(c: Cursor): { start: DayParts; end?: DayParts } | null {
  const month1 = readMonth(c)
  if (month1 === undefined) return null
  const day1 = readDay(c)
  if (day1 === undefined) {
    const year = readYear(c)
    return year === undefined ? null : { start: { month: month1, year } }
  }
  const afterFirst = c.i
  const year1 = readYear(c)
  if (readRangeJoin(c)) {
    skipWeekday(c)
    const month2 = readMonth(c)
    const day2 = readDay(c)
    if (day2 !== undefined) {
      const year2 = readYear(c)
      if (month2 === undefined && day2 < day1) return null
      return {
        start: { month: month1, day: day1, year: year1 },
        end: { month: month2 ?? month1, day: day2, year: year2 }
      }
    }
  }
  if (year1 !== undefined) return { start: { month: month1, day: day1, year: year1 } }
  c.i = afterFirst
  return { start: { month: month1, day: day1 } }
}

/** Tries a date expression starting at token `at`; null when none starts there. */
export function readWordDateAt(tokens: Token[], at: number): DateParts | null {
  const first = tokens[at]
  if (!canStartDate(first)) return null
  const c: Cursor = { tokens, i: at }
  if (first?.kind === 'word' && LEAD_WORDS.has(first.word)) c.i++
  skipWeekday(c)
  const bodyStart = c.i
  const read = readDayFirst(c) ?? ((c.i = bodyStart), readMonthFirst(c))
  if (read === null) return null
  if (read.start.year === undefined && read.end?.year === undefined && monthIsWordlike(tokens, at, c.i)) return null
  const startToken = tokens[at] as Token
  const endToken = tokens[c.i - 1] as Token
  // Built field by field, not `{ ...read, index, length }`: object spreads cost ~2 µs each in V8
  // here, and this one with resolveParts' two made ~0.7 s of a 100,000-listing parse. `end`
  // stays absent when the date has none, as the spread left it.
  const parts: DateParts = { start: read.start, index: startToken.start, length: endToken.end - startToken.start }
  if (read.end !== undefined) parts.end = read.end
  return parts
}

/** Only a number, a month, a weekday or a lead word can open a date: most tokens are turned away here. */
function canStartDate(token: Token | undefined): boolean {
  if (token === undefined) return false
  if (token.kind === 'num') return token.digits <= 2
  return token.kind === 'word' && (token.month !== undefined || token.weekday || LEAD_WORDS.has(token.word))
}

function monthIsWordlike(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    if (t?.kind === 'word' && t.month !== undefined && WORDLIKE_MONTHS.has(t.word)) return true
  }
  return false
}
