/**
 * The place reader: `City (Country)`, `City, Country`, `Venue, City, Country`, `City, ST`, a bare
 * city (its country from the gazetteer, marked as inferred), a bare country, a flag, two cities,
 * an online event. See split.ts for the forms, gazetteer/ for the towns.
 */

import { readOnline } from './online'
import { readPlace, tidy, type PlaceReading } from './split'
import type { InferenceContext } from './infer'

export { countryName, foldCountry, resolveCountry, flagCountry } from './countries'
export { lookupPlace, type PlaceMatch, type GazetteerPlace, type LookupOptions } from './gazetteer'
export type { PlaceReading } from './split'

export interface SplitPlaceOptions {
  /** The countries of the page's other records (ISO code -> count): they decide a shared town name ("Valencia"). */
  countryHints?: ReadonlyMap<string, number>
}

/**
 * Listings name the same few hundred places again and again: remember the readings (frozen).
 * A reading whose town name is shared by places in other countries is remembered only for calls
 * without countryHints, since the page's countries may change it.
 */
const READINGS = new Map<string, { reading: PlaceReading; hintSensitive: boolean }>()
const READINGS_LIMIT = 20_000

export function splitPlace(text: string, options: SplitPlaceOptions = {}): PlaceReading {
  const hints = options.countryHints !== undefined && options.countryHints.size > 0 ? options.countryHints : undefined
  const known = READINGS.get(text)
  if (known !== undefined && (hints === undefined || !known.hintSensitive)) return known.reading
  const context: InferenceContext = { countryHints: hints, hintSensitive: false }
  const reading = Object.freeze(splitUncached(text, context))
  if (hints === undefined || !context.hintSensitive) {
    if (READINGS.size >= READINGS_LIMIT) READINGS.clear()
    READINGS.set(text, { reading, hintSensitive: context.hintSensitive })
  }
  return reading
}

/**
 * The warnings a reading deserves: a country read from the town's name, and a town name that
 * places in other countries share nearly as likely (to check by hand).
 */
export function placeWarnings(reading: PlaceReading): string[] {
  if (!reading.countryInferred) return []
  const warnings = ['country inferred from the city name']
  if (reading.placeAmbiguous) warnings.push(`'${reading.city ?? ''}' is also a town in other countries: read as ${reading.country ?? '?'}`)
  return warnings
}

/**
 * The countries a page's places state or surely imply (ISO code -> count), to pass back as
 * countryHints when reading the page's doubtful towns: read the page once without hints, count,
 * then read the ambiguous ones again.
 */
export function pageCountryHints(readings: Iterable<PlaceReading>): Map<string, number> {
  const hints = new Map<string, number>()
  for (const reading of readings) {
    if (reading.countryCode === null || reading.placeAmbiguous) continue
    hints.set(reading.countryCode, (hints.get(reading.countryCode) ?? 0) + 1)
  }
  return hints
}

function splitUncached(text: string, context: InferenceContext): PlaceReading {
  const trimmed = tidy(text)
  if (trimmed === '') return { city: null, country: null, countryCode: null, online: false }
  const medium = readOnline(trimmed)
  if (medium.online && medium.rest === '') return { city: null, country: null, countryCode: null, online: true }
  return readPlace(medium.rest, medium.online, context)
}
