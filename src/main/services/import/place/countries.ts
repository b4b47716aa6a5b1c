/**
 * Country names in several languages and forms -> ISO 3166-1 alpha-2, built once from
 * i18n-iso-countries, plus the few everyday forms it lacks ("Korea", "Holland", "England").
 */

import { createRequire } from 'node:module'
import countries from 'i18n-iso-countries'

/*
 * The locale files are JSON. Node's ESM loader (and so Electron's main process) refuses a JSON
 * `import` without an import attribute, and the main bundle keeps this package external, so they
 * are read with require, which every runtime here accepts (builtMain.test.ts loads the bundle).
 */
const require = createRequire(import.meta.url)
const LOCALE_CODES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl']
for (const code of LOCALE_CODES) countries.registerLocale(require(`i18n-iso-countries/langs/${code}.json`) as countries.LocaleData)

/** Everyday names the library does not list, or lists for another code. */
const ALIASES: Record<string, string> = {
  korea: 'KR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  holland: 'NL',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  uk: 'GB',
  'u k': 'GB',
  usa: 'US',
  'u s a': 'US',
  'united states': 'US',
  america: 'US',
  russia: 'RU',
  turkey: 'TR',
  turkiye: 'TR',
  czechia: 'CZ',
  'ivory coast': 'CI',
  macedonia: 'MK',
  kosovo: 'XK',
  'vatican city': 'VA',
  vatican: 'VA',
  moldova: 'MD',
  syria: 'SY',
  laos: 'LA',
  'dr congo': 'CD',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH'
}

/** The English name a record shows: the short everyday form, as the fixture's expected file writes it. */
const DISPLAY_NAMES: Record<string, string> = {
  KR: 'Korea',
  KP: 'North Korea',
  GB: 'United Kingdom',
  US: 'United States',
  MD: 'Moldova',
  SY: 'Syria',
  LA: 'Laos',
  VA: 'Vatican City',
  CD: 'Democratic Republic of the Congo',
  CG: 'Congo',
  XK: 'Kosovo'
}

/** Lower case, no accents, no dots, hyphens as spaces, no leading article. */
export function foldCountry(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[-‐–—_]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(the|la|le|les|l'|die|der|el|los|las|il|lo|i|o|os|as|het|de) /, '')
}

function buildLookup(): Map<string, string | null> {
  // null marks a name shared by two countries ("Congo"): never guessed.
  const lookup = new Map<string, string | null>()
  for (const locale of LOCALE_CODES) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) {
        const key = foldCountry(name)
        if (key.length < 3 && locale !== 'en') continue
        const known = lookup.get(key)
        if (known === undefined) lookup.set(key, code)
        else if (known !== code) lookup.set(key, null)
      }
    }
  }
  // Two-letter library aliases ("US") are codes, handled in resolveCountry with a case check.
  for (const key of [...lookup.keys()]) if (key.length < 3) lookup.delete(key)
  for (const [name, code] of Object.entries(ALIASES)) lookup.set(name, code)
  return lookup
}

function buildDisplayNames(): Map<string, string> {
  const names = new Map<string, string>()
  for (const [code, all] of Object.entries(countries.getNames('en', { select: 'all' }))) {
    // The shortest plain English name: "Russia" over "Russian Federation", never "UK" or "U.S.".
    const plain = all.filter((n) => n.length > 3 && !/[,().]/.test(n)).sort((a, b) => a.length - b.length)
    names.set(code, DISPLAY_NAMES[code] ?? plain[0] ?? all[0] ?? code)
  }
  for (const [code, name] of Object.entries(DISPLAY_NAMES)) names.set(code, name)
  return names
}

const LOOKUP = buildLookup()
const DISPLAY = buildDisplayNames()

/** English display name for an alpha-2 code. */
export function countryName(code: string): string | undefined {
  return DISPLAY.get(code)
}

/**
 * A country name, in English, French, German, Spanish, Italian, Portuguese or Dutch, or an
 * upper-case ISO code ("DE", "GBR", "UK", "USA") -> its alpha-2 code and English name.
 */
const RESOLVED = new Map<string, { code: string; name: string } | null>()
const RESOLVED_LIMIT = 20_000

export function resolveCountry(name: string): { code: string; name: string } | null {
  let result = RESOLVED.get(name)
  if (result === undefined) {
    result = resolveUncached(name)
    if (result !== null) Object.freeze(result)
    if (RESOLVED.size >= RESOLVED_LIMIT) RESOLVED.clear()
    RESOLVED.set(name, result)
  }
  // Frozen, so no caller can change what the next one gets.
  return result
}

function resolveUncached(name: string): { code: string; name: string } | null {
  const trimmed = name.trim()
  if (trimmed.length === 0 || trimmed.length > 60) return null
  let code: string | null | undefined = LOOKUP.get(foldCountry(trimmed))
  if (code === undefined && /^[A-Z]{2,3}$/.test(trimmed)) {
    // Codes only in capitals, so the words "in" or "me" are never countries.
    code = trimmed.length === 2 ? (countryName(trimmed) ? trimmed : undefined) : countries.alpha3ToAlpha2(trimmed)
  }
  if (code === undefined || code === null) return null
  return { code, name: countryName(code) ?? code }
}
