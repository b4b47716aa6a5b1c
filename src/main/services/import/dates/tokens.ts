/** Splits a line into the few kinds of token the date grammar looks at, with their offsets. */

import { foldWord, isWeekday, monthOf } from './monthNames'

export type Token =
  | { kind: 'num'; value: number; digits: number; ordinal: boolean; dot: boolean; start: number; end: number }
  | { kind: 'word'; word: string; month: number | undefined; weekday: boolean; start: number; end: number }
  | { kind: 'dash'; start: number; end: number }
  | { kind: 'comma'; start: number; end: number }
  | { kind: 'other'; char: string; start: number; end: number }

/*
 * One sticky pass: numbers with ordinal endings (1st, 2nd, 1er, 1º, 14.), words (letters, inner
 * hyphens and apostrophes, a trailing abbreviation dot), dashes of every width, commas.
 * 't/m' (Dutch 'up to and including') is a word of its own.
 */
const TOKEN =
  /(\d+)(st|nd|rd|th|er|re|e|º|ª|°)?(\.(?!\d))?|(t\/m|\p{L}(?:[\p{L}\p{M}]|['’-](?=\p{L}))*\.?)|([-‐‑‒–—―]+)|(,)|(\S)/guy

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (;;) {
    // Skip blanks by hand: the sticky regex must start on a token.
    while (TOKEN.lastIndex < text.length && isBlank(text.charCodeAt(TOKEN.lastIndex))) TOKEN.lastIndex++
    if (TOKEN.lastIndex >= text.length) break
    const start = TOKEN.lastIndex
    const match = TOKEN.exec(text)
    if (match === null) break
    const end = TOKEN.lastIndex
    if (match[1] !== undefined) {
      tokens.push({
        kind: 'num',
        value: match[1].length > 6 ? Number.NaN : Number(match[1]),
        digits: match[1].length,
        ordinal: match[2] !== undefined,
        dot: match[3] !== undefined,
        start,
        end
      })
    } else if (match[4] !== undefined) {
      const known = lookUpWord(match[4])
      tokens.push({ kind: 'word', word: known.word, month: known.month, weekday: known.weekday, start, end })
    } else if (match[5] !== undefined) {
      tokens.push({ kind: 'dash', start, end })
    } else if (match[6] !== undefined) {
      tokens.push({ kind: 'comma', start, end })
    } else {
      tokens.push({ kind: 'other', char: match[7] ?? '', start, end })
    }
  }
  return tokens
}

interface WordFacts {
  word: string
  month: number | undefined
  weekday: boolean
}

/** Words repeat a great deal across a listing; folding (NFD) is the costly part, so remember it. */
const WORD_CACHE = new Map<string, WordFacts>()
const WORD_CACHE_LIMIT = 20_000

function lookUpWord(raw: string): WordFacts {
  let facts = WORD_CACHE.get(raw)
  if (facts === undefined) {
    const word = foldWord(raw)
    facts = { word, month: monthOf(word), weekday: isWeekday(word) }
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear()
    WORD_CACHE.set(raw, facts)
  }
  return facts
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x202f || code === 0x2009 || code === 10 || code === 13
}
