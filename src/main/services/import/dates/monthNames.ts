/**
 * Month and weekday words in every language this platform's Intl (CLDR) knows: long and short
 * forms, and the forms a month takes beside a day (genitive: października, lutego, марта,
 * Οκτωβρίου), which formatToParts with day+month gives. Built once (0.3–0.7 s: ~450 Intl
 * formatters) and kept in a cache file per Intl data version (see place/cacheDir.ts), since every
 * process and every parse worker needs it before its first date.
 * A word may name different months in different languages; every reading is kept, ranked,
 * and the caller's language preference picks among them.
 */

import { createHash } from 'node:crypto'
import { cachedJson, intlDataStamp } from '../place/cacheDir'
import { languageRank, MAJOR_LANGUAGES, supportedLanguages } from './locales'

/** One meaning of a word: a month (1–12) or weekday (0 = Sunday … 6), and the languages that give it. */
export interface NameReading {
  value: number
  languages: string[]
}

export interface NameEntry {
  /** Month readings, the default (best-ranked language) first; empty when the word is no month. */
  months: NameReading[]
  /** Weekday readings, ranked the same way. */
  weekdays: NameReading[]
  /** True when no major language (locales.ts) uses the word: a short one is trusted only beside a year. */
  minorOnly: boolean
}

/** Spellings Intl does not produce but listings use. */
const EXTRA_MONTHS: Record<string, number> = {
  sept: 9, febr: 2, maerz: 3, marz: 3, iuglio: 7, setiembre: 9, fevr: 2, juil: 7
}
const EXTRA_WEEKDAYS: Record<string, number> = { tues: 2, thur: 4, thurs: 4, weds: 3 }

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/
const TRAILING_DOTS = /\.+$/
/** Folded words kept for reuse: a page repeats its month, weekday and place words on every line. */
const folded = new Map<string, string>()
const MAX_FOLDED = 20_000

/** Lower case, no accents, no trailing dot: the one key form used for lookups. */
export function foldWord(word: string): string {
  let key = folded.get(word)
  if (key !== undefined) return key
  // Plain ASCII has no accents to take off: NFD and the mark pattern would give it back unchanged.
  key = PRINTABLE_ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
  if (key.charCodeAt(key.length - 1) === 46) key = key.replace(TRAILING_DOTS, '')
  if (folded.size >= MAX_FOLDED) folded.clear()
  folded.set(word, key)
  return key
}

/** A key the tokenizer can produce as one word; alphabetic scripts need 3 letters, so "ma", "di" stay words. */
const WORD_SHAPE = /^\p{L}[\p{L}'’-]*$/u
const ALPHABETIC = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}'’-]+$/u

function usableKey(key: string): boolean {
  if (!WORD_SHAPE.test(key)) return false
  return !ALPHABETIC.test(key) || key.length >= 3
}

type Collector = Map<string, { months: Map<number, Set<string>>; weekdays: Map<number, Set<string>> }>

function add(table: Collector, raw: string, kind: 'months' | 'weekdays', value: number, language: string): void {
  const keys = [foldWord(raw)]
  // Portuguese 'segunda-feira' is also written 'segunda'.
  if (keys[0]?.endsWith('-feira')) keys.push(keys[0].slice(0, -6))
  for (const key of keys) {
    if (!usableKey(key)) continue
    let entry = table.get(key)
    if (entry === undefined) {
      entry = { months: new Map(), weekdays: new Map() }
      table.set(key, entry)
    }
    let languages = entry[kind].get(value)
    if (languages === undefined) entry[kind].set(value, (languages = new Set()))
    languages.add(language)
  }
}

function formatter(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' })
}

/*
 * Three formatters a language (constructing one costs ~0.3 ms, formatting almost nothing):
 * the month alone (nominative: październik), and day+month+weekday in long and short styles
 * (genitive: października, paź; weekdays). The 1st of each month of 2019 falls on all seven weekdays.
 */
function collectLanguage(table: Collector, language: string): void {
  const alone = formatter(language, { month: 'long' })
  const long = formatter(language, { day: 'numeric', month: 'long', weekday: 'long' })
  const short = formatter(language, { day: 'numeric', month: 'short', weekday: 'short' })
  for (let month = 0; month < 12; month++) {
    const date = new Date(Date.UTC(2019, month, 1))
    add(table, alone.format(date), 'months', month + 1, language)
    for (const withDay of [long, short]) {
      for (const part of withDay.formatToParts(date)) {
        if (part.type === 'month') add(table, part.value, 'months', month + 1, language)
        else if (part.type === 'weekday') add(table, part.value, 'weekdays', date.getUTCDay(), language)
      }
    }
  }
}

function bestRank(languages: Iterable<string>): number {
  let best = Number.POSITIVE_INFINITY
  for (const language of languages) best = Math.min(best, languageRank(language))
  return best
}

function ranked(readings: Map<number, Set<string>>): NameReading[] {
  return [...readings]
    .map(([value, languages]) => ({ value, languages: [...languages].sort((a, b) => languageRank(a) - languageRank(b)) }))
    .sort((a, b) => bestRank(a.languages) - bestRank(b.languages) || b.languages.length - a.languages.length)
}

export function buildNameTable(): Map<string, NameEntry> {
  const table: Collector = new Map()
  for (const language of supportedLanguages()) collectLanguage(table, language)
  for (const [word, month] of Object.entries(EXTRA_MONTHS)) add(table, word, 'months', month, 'extra')
  for (const [word, day] of Object.entries(EXTRA_WEEKDAYS)) add(table, word, 'weekdays', day, 'en')
  const names = new Map<string, NameEntry>()
  for (const [key, entry] of table) {
    const months = ranked(entry.months)
    const weekdays = ranked(entry.weekdays)
    const all = [...months, ...weekdays].flatMap((r) => r.languages).filter((l) => l !== 'extra')
    names.set(key, { months, weekdays, minorOnly: all.length > 0 && bestRank(all) >= languageRank('\u0000') })
  }
  return names
}

/** Raise when the way the table is built changes (folding, keys, ranking): older cache files are then ignored. */
const TABLE_FORMAT = 1

/** The cache file's name: the format, the Intl data, and a digest of the lists the table is built from. */
export function nameTableCacheName(): string {
  const inputs = JSON.stringify([EXTRA_MONTHS, EXTRA_WEEKDAYS, MAJOR_LANGUAGES, supportedLanguages()])
  const digest = createHash('sha256').update(inputs).digest('hex').slice(0, 12)
  return `month-names-v${TABLE_FORMAT}-${intlDataStamp()}-${digest}.json`
}

let names: Map<string, NameEntry> | null = null

/** Every month and weekday word, folded; read from the cache file or built on first call. */
export function nameTable(): ReadonlyMap<string, NameEntry> {
  names ??= new Map(cachedJson(nameTableCacheName(), () => [...buildNameTable()]))
  return names
}

export function lookUpName(folded: string): NameEntry | undefined {
  return nameTable().get(folded)
}

/** The reading to use: the first preferred language's, else the default (best-ranked). */
export function pickReading(readings: NameReading[], languages?: readonly string[]): number | undefined {
  if (readings.length > 1 && languages !== undefined) {
    for (const language of languages) {
      const reading = readings.find((r) => r.languages.includes(language))
      if (reading !== undefined) return reading.value
    }
  }
  return readings[0]?.value
}

export function monthOf(folded: string, languages?: readonly string[]): number | undefined {
  const entry = lookUpName(folded)
  if (entry === undefined || entry.months.length === 0) return undefined
  // A word that is a weekday in the page's own language ("sam." for samedi) is not another language's month.
  if (languages !== undefined && entry.weekdays.length > 0) {
    for (const language of languages) {
      const month = entry.months.find((r) => r.languages.includes(language))
      if (month !== undefined) return month.value
      if (entry.weekdays.some((r) => r.languages.includes(language))) return undefined
    }
  }
  return pickReading(entry.months, languages)
}

/** A weekday word that is not also a month ('mar' is martes and March: the month reading wins). */
export function isWeekday(folded: string): boolean {
  const entry = lookUpName(folded)
  return entry !== undefined && entry.months.length === 0 && entry.weekdays.length > 0
}
