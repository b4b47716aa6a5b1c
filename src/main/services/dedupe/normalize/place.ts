import type { DedupeRecord } from '../types'
import { canonicalCity, isOnlinePlace } from './placeAliases'
import { cleanCountryCode, countryCodeOf } from './countries'
import { foldText } from './fold'

/** A record's place reduced to what comparison needs. */
export interface NormalisedPlace {
  /** Canonical folded city (`cologne` for `Köln`), `online` for online events, or null. */
  cityKey: string | null
  /** ISO 3166-1 alpha-2, or null when unknown. */
  countryCode: string | null
}

const PARENTHESISED = /^(.*?)\s*\((.*)\)\s*$/

/**
 * Splits a place as written (`Neuchâtel (Switzerland)`, `Paris, France`, `Oslo`) into a city
 * part and a country part. Only a tail that really names a country is taken as the country,
 * so `Dublin and Belfast` stays one city-like text.
 */
export function splitPlace(place: string): { city: string | null; countryCode: string | null } {
  const text = place.trim()
  if (text === '') return { city: null, countryCode: null }
  const parenthesised = PARENTHESISED.exec(text)
  if (parenthesised) {
    const inner = parenthesised[2]
    const code = countryCodeOf(inner) ?? countryCodeOf(inner.split(',').pop())
    return { city: parenthesised[1] || null, countryCode: code }
  }
  const comma = text.lastIndexOf(',')
  if (comma > 0) {
    const code = countryCodeOf(text.slice(comma + 1))
    if (code) return { city: text.slice(0, comma).trim() || null, countryCode: code }
  }
  const wholeIsCountry = countryCodeOf(text)
  if (wholeIsCountry) return { city: null, countryCode: wholeIsCountry }
  return { city: text, countryCode: null }
}

/** City and country of a record, preferring the curated fields over the verbatim place. */
export function normalisePlace(record: Pick<DedupeRecord, 'place' | 'city' | 'country' | 'countryCode'>): NormalisedPlace {
  const fromPlace = record.place ? splitPlace(record.place) : { city: null, countryCode: null }
  const cityText = record.city?.trim() || fromPlace.city
  // A place that is only a name the curator already read as a city (`Granada`) is not also a
  // country (Grenada is `Granada` in Spanish).
  const placeCountry = fromPlace.city === null && record.city ? null : fromPlace.countryCode
  const countryCode = cleanCountryCode(record.countryCode) ?? countryCodeOf(record.country) ?? placeCountry
  if (!cityText) {
    const online = record.place ? isOnlinePlace(foldText(record.place)) : false
    return { cityKey: online ? 'online' : null, countryCode }
  }
  const key = canonicalCity(cityText)
  if (key === '') return { cityKey: null, countryCode }
  return { cityKey: isOnlinePlace(key) ? 'online' : key, countryCode }
}
