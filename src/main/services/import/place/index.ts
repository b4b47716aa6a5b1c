/**
 * The place reader: `City (Country)`, `City, Country`, `Venue, City, Country`, a bare city,
 * a bare country, two cities, an online event.
 */

import { resolveCountry as resolveCountryName } from './countries'
import { readOnline } from './online'

export { countryName, foldCountry } from './countries'

export interface PlaceReading {
  city: string | null
  country: string | null
  countryCode: string | null
  online: boolean
  /** True when the country is not written but read from the city's name ("Mexico City"). */
  countryInferred?: boolean
}

export function resolveCountry(name: string): { code: string; name: string } | null {
  return resolveCountryName(name)
}

const IN_PARENS = /^(.*?)\s*\(([^()]*)\)\s*$/
/** A postcode before or after the town: "75001 Paris", "Paris 75001". */
const POSTCODE = /^\d{4,5}\s+|\s+\d{4,5}$/g
/** "Mexico City", "Kuwait City", "Guatemala City": the town is named after its country. */
const CAPITAL_CITY = /^(.+?)\s+city$/i
const MAX_CITY_WORDS = 5

function tidy(text: string): string {
  return text
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    .replace(/\s+/g, ' ')
}

function cleanCity(text: string): string | null {
  const city = tidy(text.replace(POSTCODE, ''))
  if (city === '' || /^\d+$/.test(city)) return null
  // A long phrase ("Study visit to Neuchatel and Reggio Emilia") is a description, not a town.
  if (city.split(' ').length > MAX_CITY_WORDS) return null
  return city
}

function reading(city: string | null, country: { code: string; name: string } | null, online: boolean): PlaceReading {
  return { city, country: country?.name ?? null, countryCode: country?.code ?? null, online }
}

function lastCommaCountry(text: string): { city: string | null; country: { code: string; name: string } } | null {
  const parts = text.split(',').map((p) => p.trim())
  if (parts.length < 2) return null
  const country = resolveCountryName(parts[parts.length - 1] as string)
  if (country === null) return null
  // "Palais de l'Europe, Strasbourg, France": the town is the part next to the country.
  return { city: cleanCity(parts[parts.length - 2] as string), country }
}

function splitOffline(text: string, online: boolean): PlaceReading {
  const parens = IN_PARENS.exec(text)
  if (parens !== null) {
    const outside = parens[1] as string
    const inside = parens[2] as string
    const country = resolveCountryName(inside) ?? lastCommaCountry(inside)?.country ?? null
    if (country !== null) {
      const nested = lastCommaCountry(outside)
      return reading(nested?.city ?? cleanCity(outside), country, online)
    }
    const outsideCountry = resolveCountryName(outside)
    if (outsideCountry !== null) return reading(cleanCity(inside), outsideCountry, online)
    return reading(cleanCity(outside), null, online)
  }
  const comma = lastCommaCountry(text)
  if (comma !== null) return reading(comma.city, comma.country, online)
  const whole = resolveCountryName(text)
  if (whole !== null) return reading(null, whole, online)
  const city = cleanCity(text)
  const capital = CAPITAL_CITY.exec(text)
  const inferred = capital !== null ? resolveCountryName(capital[1] as string) : null
  if (inferred !== null) return { ...reading(city, inferred, online), countryInferred: true }
  return reading(city, null, online)
}

/** Listings name the same few hundred places again and again: remember the readings (frozen). */
const READINGS = new Map<string, PlaceReading>()
const READINGS_LIMIT = 20_000

export function splitPlace(text: string): PlaceReading {
  let known = READINGS.get(text)
  if (known === undefined) {
    known = Object.freeze(splitUncached(text))
    if (READINGS.size >= READINGS_LIMIT) READINGS.clear()
    READINGS.set(text, known)
  }
  return known
}

function splitUncached(text: string): PlaceReading {
  const trimmed = tidy(text)
  if (trimmed === '') return reading(null, null, false)
  const medium = readOnline(trimmed)
  if (medium.online && medium.rest === '') return reading(null, null, true)
  return splitOffline(medium.rest, medium.online)
}
