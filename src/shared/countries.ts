import countries from 'i18n-iso-countries'

// Only the code list is needed here (no locale data), so this stays light in the renderer bundle.
const KNOWN = new Set(Object.keys(countries.getAlpha2Codes()))

export function isKnownCountryCode(code: string): boolean {
  return KNOWN.has(code)
}
