/** Splits a line into the few kinds of token the date grammar looks at, with their offsets. */

import { foldWord, lookUpName, pickReading, type NameEntry } from './monthNames'
import { LEAD_WORDS, UNTIL_WORDS } from './joinWords'

export type Token =
  | { kind: 'num'; value: number; digits: number; ordinal: boolean; dot: boolean; start: number; end: number }
  | {
      kind: 'word'
      word: string
      month: number | undefined
      /** A weekday word that is not also a month. */
      weekday: boolean
      /** 0 = Sunday … 6, when the word names a weekday (even if it is also a month). */
      weekdayValue: number | undefined
      /** A month word that is also an everyday word ("set", "ago"): trusted only beside a year. */
      wordlike: boolean
      /** A short month word no widely used or preferred language gives ("agu"): trusted only beside a day ("AGU 2019" is no date). */
      weakMonth: boolean
      /** May open a date: a month, a weekday, a lead word ("du", "vom") or an until word ("jusqu'au"). */
      opener: boolean
      start: number
      end: number
    }
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

export function tokenize(text: string, languages?: readonly string[]): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  for (;;) {
    // Skip blanks by hand: the sticky regex must start on a token.
    while (TOKEN.lastIndex < text.length && isBlank(text.charCodeAt(TOKEN.lastIndex))) TOKEN.lastIndex++
    if (TOKEN.lastIndex >= text.length) break
    const start = TOKEN.lastIndex
    // Numbers, dashes and commas (most tokens of a date line) are read by hand: the regex's
    // exec and match array cost more than the rest of the tokenizer. Same tokens as TOKEN gives.
    const code = text.charCodeAt(start)
    if (code >= ZERO && code <= NINE) {
      TOKEN.lastIndex = pushNumber(tokens, text, start)
      continue
    }
    if (code === COMMA) {
      tokens.push({ kind: 'comma', start, end: start + 1 })
      TOKEN.lastIndex = start + 1
      continue
    }
    if (isDash(code)) {
      let end = start + 1
      while (end < text.length && isDash(text.charCodeAt(end))) end++
      tokens.push({ kind: 'dash', start, end })
      TOKEN.lastIndex = end
      continue
    }
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
      const facts = languages === undefined || !known.ambiguous ? known : factsFor(known.word, known.entry, languages)
      tokens.push({
        kind: 'word',
        word: facts.word,
        month: facts.month,
        weekday: facts.weekday,
        weekdayValue: facts.weekdayValue,
        wordlike: facts.wordlike,
        weakMonth: facts.weakMonth,
        opener: facts.opener,
        start,
        end
      })
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

const ZERO = 48
const NINE = 57
const COMMA = 44
/** TOKEN's ordinal endings, in its order: the first that fits wins, as in the regex's alternation. */
const ORDINAL_ENDINGS = ['st', 'nd', 'rd', 'th', 'er', 're', 'e', 'º', 'ª', '°']

/** TOKEN's number branch, `(\d+)(st|nd|…)?(\.(?!\d))?`, by hand: pushes the token, returns where it ends. */
function pushNumber(tokens: Token[], text: string, start: number): number {
  let end = start
  while (end < text.length && isDigit(text.charCodeAt(end))) end++
  const digits = end - start
  const value = digits > 6 ? Number.NaN : Number(text.slice(start, end))
  let ordinal = false
  for (const ending of ORDINAL_ENDINGS) {
    if (text.startsWith(ending, end)) {
      ordinal = true
      end += ending.length
      break
    }
  }
  const dot = text.charCodeAt(end) === 46 && !isDigit(text.charCodeAt(end + 1))
  if (dot) end++
  tokens.push({ kind: 'num', value, digits, ordinal, dot, start, end })
  return end
}

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE
}

/** TOKEN's dash class: - ‐ ‑ ‒ – — ―. */
function isDash(code: number): boolean {
  return code === 45 || (code >= 0x2010 && code <= 0x2015)
}

interface WordFacts {
  word: string
  entry: NameEntry | undefined
  month: number | undefined
  weekday: boolean
  weekdayValue: number | undefined
  wordlike: boolean
  weakMonth: boolean
  opener: boolean
  /** The facts depend on the caller's languages (several readings, or a minor language's word). */
  ambiguous: boolean
}

/** Month abbreviations that are also everyday words ("out", "set", "ago"): trusted only beside a year. */
const WORDLIKE_MONTHS = new Set(['out', 'set', 'ago', 'gen', 'mag', 'mar'])
const OPENERS: ReadonlySet<string> = new Set([...LEAD_WORDS, ...UNTIL_WORDS])

/** The languages listings are most often written in, whose short month names are trusted alone with a year ("Oct 2019"). */
const COMMON: ReadonlySet<string> = new Set(['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'extra'])
/**
 * A word only minor languages use (locales.ts) is read as a month or weekday only when the caller
 * prefers one of them, or when it is long enough not to be an everyday word elsewhere: short
 * forms of ~140 languages cover "here", "now", "den", "sad"...
 */
const MINOR_WORD_MIN_LENGTH = 6

function prefersAny(entry: NameEntry, languages: readonly string[] | undefined): boolean {
  if (languages === undefined) return false
  for (const reading of entry.months) if (reading.languages.some((l) => languages.includes(l))) return true
  for (const reading of entry.weekdays) if (reading.languages.some((l) => languages.includes(l))) return true
  return false
}

function factsFor(word: string, entry: NameEntry | undefined, languages: readonly string[] | undefined): WordFacts {
  if (entry === undefined) {
    return { word, entry, month: undefined, weekday: false, weekdayValue: undefined, wordlike: false, weakMonth: false, opener: OPENERS.has(word), ambiguous: false }
  }
  const ambiguous = entry.months.length > 1 || entry.weekdays.length > 1 || entry.minorOnly || (entry.months.length > 0 && entry.weekdays.length > 0)
  if (entry.minorOnly && word.length < MINOR_WORD_MIN_LENGTH && !prefersAny(entry, languages)) {
    return { word, entry, month: undefined, weekday: false, weekdayValue: undefined, wordlike: false, weakMonth: false, opener: OPENERS.has(word), ambiguous }
  }
  let month = pickReading(entry.months, languages)
  const weekdayValue = pickReading(entry.weekdays, languages)
  // French 'mar.' is mardi, not March: on a page whose languages make the word only a weekday, it is one.
  // The page's languages are in order of likelihood: the first that reads the word decides ('sam.' on a French page is samedi).
  if (month !== undefined && weekdayValue !== undefined && languages !== undefined) {
    for (const language of languages) {
      if (entry.months.some((r) => r.languages.includes(language))) break
      if (entry.weekdays.some((r) => r.languages.includes(language))) {
        month = undefined
        break
      }
    }
  }
  return {
    word,
    entry,
    month,
    weekday: month === undefined && weekdayValue !== undefined,
    weekdayValue,
    wordlike: month !== undefined && WORDLIKE_MONTHS.has(word),
    weakMonth: month !== undefined && word.length <= 4 && !entry.months.some((r) => r.languages.some((l) => COMMON.has(l) || languages?.includes(l) === true)),
    opener: month !== undefined || weekdayValue !== undefined || OPENERS.has(word),
    ambiguous: ambiguous || (month !== undefined && word.length <= 4)
  }
}

/** Words repeat a great deal across a listing; folding (NFD) is the costly part, so remember it. */
const WORD_CACHE = new Map<string, WordFacts>()
const WORD_CACHE_LIMIT = 20_000

function lookUpWord(raw: string): WordFacts {
  let facts = WORD_CACHE.get(raw)
  if (facts === undefined) {
    const word = foldWord(raw)
    facts = factsFor(word, lookUpName(word), undefined)
    if (WORD_CACHE.size >= WORD_CACHE_LIMIT) WORD_CACHE.clear()
    WORD_CACHE.set(raw, facts)
  }
  return facts
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x202f || code === 0x2009 || code === 10 || code === 13
}
