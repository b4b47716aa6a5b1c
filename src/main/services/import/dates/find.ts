/** Finds every date expression in a line: numeric, CJK and word dates, each with any time beside it. */

import { tokenize, type Token } from './tokens'
import { readWordDateAt } from './wordDates'
import { findNumericDates } from './numericDates'
import { findCjkDates } from './cjkDates'
import { readTimeAt } from './times'
import { twoLetterWeekday } from './shortWeekdays'
import type { DateParts, FindOptions } from './parts'

const HAS_DIGIT = /\d/

function firstTokenAtOrAfter(tokens: Token[], from: number, offset: number): number {
  let i = from
  while (i < tokens.length && (tokens[i] as Token).start < offset) i++
  return i
}

/**
 * A word in CJK or Hangul: only then can the line hold a CJK date (年, 月, 日, 년, 월, 일 are words
 * to the tokenizer). Folded words are decomposed, so Hangul shows as its jamo (U+1100–U+11FF).
 */
function hasCjkWord(tokens: Token[]): boolean {
  for (const t of tokens) {
    if (t.kind !== 'word') continue
    const code = t.word.charCodeAt(0)
    if (code >= 0x3000 || (code >= 0x1100 && code <= 0x11ff)) return true
  }
  return false
}

function findWordDates(tokens: Token[], options: FindOptions): DateParts[] {
  const partial = options.partial === true
  const found: DateParts[] = []
  let i = 0
  while (i < tokens.length) {
    const parts = readWordDateAt(tokens, i, partial)
    if (parts === null) {
      i++
      continue
    }
    found.push(parts)
    i = firstTokenAtOrAfter(tokens, i + 1, parts.index + parts.length)
  }
  return found
}

function overlaps(a: DateParts, b: DateParts): boolean {
  return a.index < b.index + b.length && b.index < a.index + a.length
}

function overlapsAny(found: DateParts[], parts: DateParts): boolean {
  for (const other of found) if (overlaps(other, parts)) return true
  return false
}

/**
 * A word for "year" after a year (`15 марта 2019 г.`, `2022 r.`, `2019 року`, `2019 m.`) belongs
 * to the date: left behind, it would start the title or the place.
 */
const YEAR_WORD = /\s?(?:гг?\.|года|году|г(?=[\s,.;)]|$)|р\.|року|r\.|roku|m\.|metų|год\.)/uy

function withYearWord(line: string, parts: DateParts): DateParts {
  const year = parts.end?.year ?? parts.start.year
  if (year === undefined) return parts
  const end = parts.index + parts.length
  if (!/\d$/.test(line.slice(Math.max(0, end - 1), end))) return parts
  YEAR_WORD.lastIndex = end
  const word = YEAR_WORD.exec(line)
  return word === null ? parts : { ...parts, length: parts.length + word[0].length }
}

/** `za 12 okt`, `Do, 7. November`: a two-letter weekday of the page's languages right before a date is part of it. */
const TWO_LETTERS_BEFORE = /(?:^|[^\p{L}])(\p{L}{2})\.?,?\s*$/u

function withWeekdayBefore(line: string, parts: DateParts, languages: readonly string[] | undefined): DateParts {
  if (parts.index === 0 || languages === undefined) return parts
  const before = TWO_LETTERS_BEFORE.exec(line.slice(Math.max(0, parts.index - 6), parts.index))
  if (before === null || twoLetterWeekday(before[1] as string, languages) === undefined) return parts
  const index = parts.index - (before[0].length - before[0].indexOf(before[1] as string))
  return { ...parts, index, length: parts.length + (parts.index - index) }
}

function withTime(line: string, given: DateParts): DateParts {
  const parts = withYearWord(line, given)
  const end = parts.index + parts.length
  const time = readTimeAt(line.slice(end, end + 40))
  if (time === null) return parts
  return { ...parts, time: time.time, length: parts.length + time.length }
}

const NONE: DateParts[] = []
const NO_OPTIONS: FindOptions = {}

/**
 * All date expressions in `line`, in order, not overlapping. Numeric and CJK forms are found
 * first; a word date is kept where neither overlaps it.
 */
export function findDatesInLine(line: string, options: FindOptions = NO_OPTIONS): DateParts[] {
  if (!HAS_DIGIT.test(line)) return NONE
  const tokens = tokenize(line, options.languages)
  const numeric = findNumericDates(line, options)
  const cjk = hasCjkWord(tokens) ? findCjkDates(line, options) : NONE
  const firm = cjk.length === 0 ? numeric : [...numeric, ...cjk.filter((c) => !overlapsAny(numeric, c))]
  const words = findWordDates(tokens, options)
  if (firm.length === 0 && words.length === 0) return NONE
  const all =
    firm.length === 0 ? words : [...firm, ...words.filter((w) => !overlapsAny(firm, w))].sort((a, b) => a.index - b.index)
  return all.map((parts) => withTime(line, withWeekdayBefore(line, parts, options.languages)))
}
