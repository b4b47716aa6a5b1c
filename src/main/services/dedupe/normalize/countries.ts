import countries from 'i18n-iso-countries'
import { foldText } from './fold'

/** Languages our listings come in; their country names all map to ISO codes. */
const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const

/** Names in common use that the ISO name lists do not carry. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  korea: 'KR',
  'south korea': 'KR',
  russia: 'RU',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  britain: 'GB',
  holland: 'NL',
  'czech republic': 'CZ',
  macedonia: 'MK',
  turkey: 'TR',
  kosovo: 'XK',
  vatican: 'VA',
  'ivory coast': 'CI',
  usa: 'US',
  america: 'US',
  'the netherlands': 'NL',
  'the united kingdom': 'GB',
  'the united states': 'US'
}

let nameToCode: Map<string, string> | undefined

/** Built on first use: loading every language's names costs a few milliseconds. */
function countryNameTable(): Map<string, string> {
  if (nameToCode) return nameToCode
  const table = new Map<string, string>()
  for (const language of LANGUAGES) {
    const names = countries.getNames(language, { select: 'all' })
    for (const [code, variants] of Object.entries(names)) {
      for (const name of variants) {
        const key = foldText(name)
        if (key && !table.has(key)) table.set(key, code)
      }
    }
  }
  for (const [name, code] of Object.entries(EXTRA_NAMES)) table.set(foldText(name), code)
  nameToCode = table
  return table
}

/** ISO 3166-1 alpha-2 code for a country name in any of our languages, or null. */
export function countryCodeOf(name: string | null | undefined): string | null {
  if (!name) return null
  const key = foldText(name)
  if (key === '') return null
  const table = countryNameTable()
  return table.get(key) ?? table.get(key.replace(/^the /, '')) ?? null
}

/** A code as given on a record, checked and upper-cased; null when it is not a real code. */
export function cleanCountryCode(code: string | null | undefined): string | null {
  if (!code) return null
  const upper = code.trim().toUpperCase()
  return /^[A-Z]{2}$/.test(upper) ? upper : null
}
