/**
 * Dates written with month names, in any of the languages monthNames.ts knows:
 * `29-30 October 2015`, `30 November/1st December 2009`, `du 3 au 5 juin 2016`,
 * `12 de marzo de 2019`, `Tuesday 12 March 2019`, `March 12-14, 2019`, `October 2015`,
 * `с 6 по 12 июня`, `8, 9 et 10 octobre 2015`, `Through January 1, 2020`.
 * A hand-written grammar over tokens, because chrono-node reads `30 November-1 December`
 * as one day and costs ~40 µs a line where this costs ~2. Every step moves forward over
 * tokens, so a line is read in time linear in its length.
 */

import type { Token } from './tokens'
import { isYear, type DateParts, type DayParts } from './parts'
import * as joinWords from './joinWords'
import * as preambles from './preamble'

// Local bindings, read once: a transpiled import can be a getter, and these are read for every token.
const LINK_WORDS = joinWords.LINK_WORDS
const POST_JOIN_WORDS = joinWords.POST_JOIN_WORDS
const RANGE_WORDS = joinWords.RANGE_WORDS
const UNTIL_WORDS = joinWords.UNTIL_WORDS
const LIST_END_WORDS = joinWords.LIST_END_WORDS
const skipPreamble = preambles.skipPreamble
const opensLine = preambles.opensLine
type Preamble = preambles.Preamble

type Cursor = { tokens: Token[]; i: number }
type Read = { start: DayParts; end?: DayParts; openStart?: boolean }

function peek(c: Cursor): Token | undefined {
  return c.tokens[c.i]
}

function isWord(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return t?.kind === 'word' && words.has(t.word)
}

function skipWords(c: Cursor, words: ReadonlySet<string>): void {
  while (isWord(peek(c), words)) c.i++
}

/** Words after a number that make it an hour: "16 Uhr", "18h", "9 am". */
const HOUR_WORDS: ReadonlySet<string> = new Set(['h', 'uhr', 'uur', 'hr', 'hrs', 'am', 'pm', 'ore', 'heures', 'horas', 'hs'])

/** A number followed by `.00`, `:30` or an hour word is a time (or a decimal), never a day. */
function isClockAt(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1]
  if (after?.kind === 'word') return HOUR_WORDS.has(after.word) && after.start === (tokens[i] as Token).end
  if (after?.kind !== 'other' || (after.char !== '.' && after.char !== ':')) return false
  const minutes = tokens[i + 2]
  return minutes?.kind === 'num' && minutes.digits === 2 && minutes.start === after.end
}

function readDay(c: Cursor): number | undefined {
  const t = peek(c)
  if (t?.kind === 'num' && t.digits <= 2 && t.value >= 1 && t.value <= 31 && !isClockAt(c.tokens, c.i)) {
    c.i++
    return t.value
  }
  return undefined
}

/**
 * A day without a month is taken only where the expression ends: "Sábado, dia 23", "(jusqu'au 7)",
 * "dal 3 al 5;" — not "von 6 bis 10 Jahren" or "Montag 16 Uhr".
 */
function endsHere(c: Cursor): boolean {
  const t = peek(c)
  return t === undefined || (t.kind !== 'word' && t.kind !== 'num')
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
  skipWords(c, LINK_WORDS)
  const t = peek(c)
  if (t?.kind === 'num' && t.digits === 4 && !t.ordinal && isYear(t.value)) {
    c.i++
    return t.value
  }
  c.i = save
  return undefined
}

/** A dash, `/` (`30 November/1st December`), `~`, or a range word, with the words that may follow it ("bis zum", "au le"). */
function readRangeJoin(c: Cursor): boolean {
  const t = peek(c)
  const joined =
    t?.kind === 'dash' ||
    (t?.kind === 'other' && (t.char === '/' || t.char === '~' || t.char === '〜' || t.char === '～' || t.char === '&')) ||
    isWord(t, RANGE_WORDS)
  if (!joined) return false
  c.i++
  skipWords(c, POST_JOIN_WORDS)
  // "Saturday 17 and Sunday 18 October", "Saturday, March 30 – Monday, April 1".
  const weekday = peek(c)
  if (weekday?.kind === 'word' && weekday.weekday) {
    c.i++
    if (peek(c)?.kind === 'comma') c.i++
  }
  return true
}

/** `8, 9 et 10`, `21, 22 y 23`, `8, 9, 10 octobre`: the last day of a list after the first; undefined when there is none. */
function readDayList(c: Cursor, first: number): number | undefined {
  const save = c.i
  let last = first
  let count = 0
  for (;;) {
    if (peek(c)?.kind === 'comma') {
      c.i++
      const day = readDay(c)
      if (day === undefined || day <= last) break
      last = day
      count++
    } else if (count > 0 && isWord(peek(c), LIST_END_WORDS)) {
      c.i++
      const day = readDay(c)
      if (day !== undefined && day > last) return day
      break
    } else {
      if (count > 0 && monthFollows(c)) return last
      break
    }
  }
  c.i = save
  return undefined
}

function monthFollows(c: Cursor): boolean {
  let i = c.i
  while (isWord(c.tokens[i], LINK_WORDS)) i++
  const t = c.tokens[i]
  return t?.kind === 'word' && t.month !== undefined
}

/** `D [M [Y]] - D M [Y]`, `D, D et D M [Y]` and `D M [Y]`, day first. */
function readDayFirst(c: Cursor, partial: boolean, led: boolean): Read | null {
  const day1 = readDay(c)
  if (day1 === undefined) return null
  const listEnd = readDayList(c, day1)
  if (listEnd !== undefined) {
    skipWords(c, LINK_WORDS)
    const month = readMonth(c)
    if (month === undefined) return null
    const year = readYear(c)
    return { start: { day: day1, month, year }, end: { day: listEnd, month, year } }
  }
  skipWords(c, LINK_WORDS)
  const month1 = readMonth(c)
  const year1 = month1 !== undefined ? readYear(c) : undefined
  const afterFirst = c.i
  if (readRangeJoin(c)) {
    const day2 = readDay(c)
    if (day2 !== undefined) {
      skipWords(c, LINK_WORDS)
      const month2 = readMonth(c)
      if (month2 !== undefined) {
        const year2 = readYear(c)
        // `31-1 March`: the range crosses a month end, so it starts in the month before.
        const startMonth = month1 ?? (day2 < day1 ? (month2 === 1 ? 12 : month2 - 1) : month2)
        return { start: { day: day1, month: startMonth, year: year1 }, end: { day: day2, month: month2, year: year2 } }
      }
      // `dal 3 al 5`, `du 10 au 19`, `8-10 &bull;` opening a line: a day range the page's month
      // completes; `31-1` (end before start) crosses a month end.
      if (partial && led && month1 === undefined && day2 !== day1 && endsHere(c)) return { start: { day: day1 }, end: { day: day2 } }
    }
  }
  c.i = afterFirst
  if (month1 === undefined) return null
  return { start: { day: day1, month: month1, year: year1 } }
}

/** `M D [- [M] D], Y`, `M D, Y`, `M Y`, `February 14th to 20th`: month first, as US and some UK pages write. */
function readMonthFirst(c: Cursor): Read | null {
  const monthToken = peek(c)
  const month1 = readMonth(c)
  if (month1 === undefined) return null
  const day1 = readDay(c)
  if (day1 === undefined) {
    if (monthToken?.kind === 'word' && monthToken.weakMonth) return null
    const year = readYear(c)
    return year === undefined ? null : { start: { month: month1, year } }
  }
  const afterFirst = c.i
  const year1 = readYear(c)
  if (readRangeJoin(c)) {
    const month2 = readMonth(c)
    const day2 = readDay(c)
    if (day2 !== undefined) {
      const year2 = readYear(c)
      if (month2 === undefined && day2 < day1) return null
      return { start: { month: month1, day: day1, year: year1 }, end: { month: month2 ?? month1, day: day2, year: year2 } }
    }
  }
  if (year1 !== undefined) return { start: { month: month1, day: day1, year: year1 } }
  c.i = afterFirst
  return { start: { month: month1, day: day1 } }
}

/** `2019. október 17.`, `2019 October 17–19`: year, month, day, as Hungarian (and some English) pages write. */
function readYearFirst(c: Cursor): Read | null {
  const t = peek(c)
  if (t?.kind !== 'num' || t.digits !== 4 || t.ordinal || !isYear(t.value)) return null
  const next = c.tokens[c.i + 1]
  if (next?.kind !== 'word' || next.month === undefined) return null
  c.i++
  const read = readMonthFirst(c)
  if (read === null || read.start.day === undefined || read.start.year !== undefined) return null
  read.start.year = t.value
  if (read.end !== undefined && read.end.year === undefined) read.end.year = t.value
  return read
}

/** `jusqu'au 7`, `Through January 1, 2020`, `bis 5. Mai`: only the end is given. */
function readOpenStart(c: Cursor, partial: boolean): Read | null {
  if (!partial || !isWord(peek(c), UNTIL_WORDS)) return null
  c.i++
  skipWords(c, POST_JOIN_WORDS)
  const body = c.i
  const end = readDayFirst(c, false, false) ?? ((c.i = body), readMonthFirst(c))
  if (end !== null && end.end === undefined) return { start: {}, end: end.start, openStart: true }
  c.i = body
  const day = readDay(c)
  return day === undefined || !endsHere(c) ? null : { start: {}, end: { day }, openStart: true }
}

/** Tries a date expression starting at token `at`; null when none starts there. */
export function readWordDateAt(tokens: Token[], at: number, partial = false): DateParts | null {
  const first = tokens[at]
  if (!canStartDate(tokens, at)) return null
  const c: Cursor = { tokens, i: at }
  // A bare day range opening a line (after bullets or pipes) reads as a lead word would: `8-10 &bull;`, `| 26–27 |`.
  const preamble: Preamble = { weekday: undefined, dayCarrier: false, led: partial && opensLine(tokens, at) }
  if (first?.kind === 'word') skipPreamble(c, preamble)
  const bodyStart = c.i
  let read =
    readOpenStart(c, partial) ??
    ((c.i = bodyStart), readDayFirst(c, partial, preamble.led)) ??
    ((c.i = bodyStart), readMonthFirst(c)) ??
    ((c.i = bodyStart), readYearFirst(c))
  if (read === null && partial && preamble.dayCarrier) {
    c.i = bodyStart
    const day = readDay(c)
    if (day !== undefined && endsHere(c)) read = { start: { day } }
  }
  if (read === null) return null
  if (read.start.year === undefined && read.end?.year === undefined && monthIsWordlike(tokens, at, c.i)) return null
  const startToken = tokens[at] as Token
  const endToken = tokens[c.i - 1] as Token
  // Built field by field, not `{ ...read, index, length }`: object spreads cost ~2 µs each in V8
  // here, and this one with resolveParts' two made ~0.7 s of a 100,000-listing parse. `end`
  // stays absent when the date has none, as the spread left it.
  const parts: DateParts = { start: read.start, index: startToken.start, length: endToken.end - startToken.start }
  if (read.end !== undefined) parts.end = read.end
  if (read.openStart) parts.openStart = true
  if (preamble.weekday !== undefined) parts.weekday = preamble.weekday
  return parts
}

/** Only a number, a month, a weekday or a lead word can open a date: most tokens are turned away here. */
function canStartDate(tokens: Token[], at: number): boolean {
  const token = tokens[at]
  if (token === undefined) return false
  if (token.kind === 'num') {
    if (token.digits <= 2) return true
    // A year opens a date only before a month word: `2019. október 17.`
    const next = tokens[at + 1]
    return token.digits === 4 && next?.kind === 'word' && next.month !== undefined && isYear(token.value)
  }
  return token.kind === 'word' && token.opener
}

function monthIsWordlike(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]
    if (t?.kind === 'word' && t.wordlike) return true
  }
  return false
}
