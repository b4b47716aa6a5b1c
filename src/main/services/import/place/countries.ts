/**
 * Country names in every language the platform's Intl knows -> ISO 3166-1 alpha-2, plus the
 * everyday forms Intl lacks ("Korea", "Holland", "England"), flag emoji (🇨🇳) and upper-case ISO
 * codes. Built on first use (about 0.2 s: Intl.DisplayNames over ~150 locales), not at import,
 * and kept in a cache file for the next run (see cacheDir.ts).
 */

import countries from 'i18n-iso-countries'
import { cachedJson, intlDataStamp } from './cacheDir'
import { AMBIGUOUS_COUNTRY_NAMES, COUNTRY_ALIASES, DISPLAY_OVERRIDES } from './countryAliases'

/** The languages listings are mostly written in: their names win over another language's clash. */
const CORE_LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']
/** Locales with a script or region of their own, beside every two-letter language Intl has. */
const EXTRA_LOCALES = ['zh-Hant', 'sr-Latn', 'pt-PT', 'es-419', 'fr-CA', 'en-GB', 'de-CH', 'fil', 'yue', 'ast', 'ckb', 'haw', 'ceb', 'gsw']

const LEADING_ARTICLE = /^(the|la|le|les|l'|die|der|el|los|las|il|lo|i|o|os|as|het|de) /

/** Lower case, no accents, no dots, hyphens as spaces, no leading article. */
export function foldCountry(name: string): string {
  // Plain ASCII (most of what is asked, titles included) is folded in one pass, without regexes.
  const ascii = foldAscii(name)
  if (ascii !== null) return ascii.replace(LEADING_ARTICLE, '').replace(/'/g, '')
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[-‐–—_]/g, ' ')
    .replace(/[’`]/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LEADING_ARTICLE, '')
    .replace(/'/g, '')
}

/** foldCountry for printable ASCII before the article is taken off; null for any other text. */
function foldAscii(name: string): string | null {
  let out = ''
  let space = false
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i)
    if (c < 0x20 || c > 0x7e) return null
    if (c >= 65 && c <= 90) c += 32
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 96) {
      if (space && out !== '') out += ' '
      space = false
      out += String.fromCharCode(c === 96 ? 39 : c)
    } else if (c !== 46) {
      space = true
    }
  }
  return out
}

function allLocales(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const candidates: string[] = []
  for (const a of letters) for (const b of letters) candidates.push(a + b)
  const supported = Intl.DisplayNames.supportedLocalesOf([...candidates, ...EXTRA_LOCALES])
  return [...new Set(supported)].filter((l) => !CORE_LOCALES.includes(l))
}

function regionCodes(): string[] {
  return [...Object.keys(countries.getAlpha2Codes()), 'XK']
}

/** Every name one tier of locales gives each code; a name two codes share is kept as null. */
function namesOf(locales: string[], codes: string[], minLatinLength: number, withShort: boolean): Map<string, string | null> {
  const names = new Map<string, string | null>()
  // Many languages write a country alike ("Mali", "Peru"): fold each distinct spelling once.
  const folded = new Map<string, string>()
  const fold = (form: string): string => {
    let key = folded.get(form)
    if (key === undefined) folded.set(form, (key = foldCountry(form)))
    return key
  }
  const addForm = (form: string, code: string): void => {
    const key = fold(form)
    // Short Latin keys are codes ("US") or words ("Man"), read only as codes, in capitals.
    if (key.length < 2 || (key.length < minLatinLength && /^[a-z ]+$/.test(key))) return
    const known = names.get(key)
    if (known === undefined) names.set(key, code)
    else if (known !== code) names.set(key, null)
  }
  const add = (name: string | undefined, code: string): void => {
    if (name === undefined || name === code) return
    addForm(name, code)
    if (name.includes('(')) addForm(name.replace(/\s*\([^)]*\)/g, ''), code)
    if (name.includes('&')) addForm(name.replace(/ & /g, ' and '), code)
  }
  for (const locale of locales) {
    const long = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
    // Short forms ("USA", "EE. UU.") mostly repeat the long ones: read them for the core languages only.
    const short = withShort ? new Intl.DisplayNames([locale], { type: 'region', style: 'short', fallback: 'none' }) : null
    for (const code of codes) {
      const name = long.of(code)
      add(name, code)
      const shortName = short?.of(code)
      if (shortName !== name) add(shortName, code)
    }
  }
  return names
}

/** Raise when the folding or the locale lists change: older cache files are then ignored. */
const NAMES_CACHE_FORMAT = 1

/** Every name Intl gives, core languages first; cached on disk per ICU and CLDR version (~0.2 s to build). */
function intlNames(): Map<string, string | null> {
  const entries = cachedJson(`countries-v${NAMES_CACHE_FORMAT}-${intlDataStamp()}.json`, () => {
    const codes = regionCodes()
    const names = namesOf(CORE_LOCALES, codes, 3, true)
    // Another language's name never overrides or blocks a core language's.
    for (const [key, code] of namesOf(allLocales(), codes, 4, false)) if (!names.has(key)) names.set(key, code)
    return [...names]
  })
  return new Map(entries)
}

function buildLookup(): Map<string, string | null> {
  const lookup = intlNames()
  for (const [name, code] of Object.entries(COUNTRY_ALIASES)) lookup.set(name, code)
  for (const name of AMBIGUOUS_COUNTRY_NAMES) lookup.set(name, null)
  return lookup
}

function buildDisplayNames(): Map<string, string> {
  const english = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })
  const display = new Map<string, string>()
  for (const code of regionCodes()) {
    const name = DISPLAY_OVERRIDES[code] ?? english.of(code)
    if (name === undefined) continue
    display.set(code, name.replace(/ & /g, ' and ').replace(/^St\. /, 'Saint '))
  }
  return display
}

let LOOKUP: Map<string, string | null> | null = null
let DISPLAY: Map<string, string> | null = null

/** English display name for an alpha-2 code. */
export function countryName(code: string): string | undefined {
  DISPLAY ??= buildDisplayNames()
  return DISPLAY.get(code)
}

const REGIONAL_INDICATOR_A = 0x1f1e6
/** "🇨🇳" -> "CN": a flag is two regional indicator letters. */
export function flagCountry(text: string): string | null {
  const flag = /([\u{1F1E6}-\u{1F1FF}])([\u{1F1E6}-\u{1F1FF}])/u.exec(text)
  if (flag === null) return null
  const letter = (c: string) => String.fromCharCode(65 + (c.codePointAt(0) as number) - REGIONAL_INDICATOR_A)
  const code = letter(flag[1] as string) + letter(flag[2] as string)
  return countryName(code) === undefined ? null : code
}

/** Every flag in a text, removed ("Sydney 🇦🇺" -> "Sydney"). */
export function withoutFlags(text: string): string {
  return text.replace(/[\u{1F1E6}-\u{1F1FF}]{2}/gu, '').trim()
}

const RESOLVED = new Map<string, { code: string; name: string } | null>()
const RESOLVED_LIMIT = 20_000

/**
 * A country name in any language Intl knows ("Deutschland", "Россия", "日本", "Pays-Bas"), an
 * everyday form ("Holland"), a flag (🇯🇵) or an upper-case ISO code ("DE", "GBR", "UK", "USA")
 * -> its alpha-2 code and English name. Frozen: every caller gets the same object.
 */
export function resolveCountry(name: string): { code: string; name: string } | null {
  let result = RESOLVED.get(name)
  if (result === undefined) {
    result = resolveUncached(name)
    if (result !== null) Object.freeze(result)
    if (RESOLVED.size >= RESOLVED_LIMIT) RESOLVED.clear()
    RESOLVED.set(name, result)
  }
  return result
}

function resolveUncached(name: string): { code: string; name: string } | null {
  const trimmed = name.trim()
  // No country's name runs past 60 characters or 8 words: a title is turned away before folding.
  if (trimmed.length === 0 || trimmed.length > 60 || trimmed.split(' ', 9).length > 8) return null
  const flag = flagCountry(trimmed)
  if (flag !== null && withoutFlags(trimmed) === '') return { code: flag, name: countryName(flag) ?? flag }
  LOOKUP ??= buildLookup()
  let code: string | null | undefined = LOOKUP.get(foldCountry(trimmed))
  if (code === undefined && /^[A-Z]{2,3}$/.test(trimmed)) {
    // Codes only in capitals, so the words "in" or "me" are never countries.
    code = trimmed.length === 2 ? (countryName(trimmed) ? trimmed : undefined) : countries.alpha3ToAlpha2(trimmed)
  }
  if (code === undefined || code === null) return null
  return { code, name: countryName(code) ?? code }
}
