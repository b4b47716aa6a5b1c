import type { DedupeRecord } from '../types'
import { canonicalCity, isOnlinePlace } from './placeAliases'
import { cleanCountryCode, countryCodeOf } from './countries'
import { splitPlace } from './place'
import { foldLatin } from './latin'
import { isStopWord } from './stopWords'
import { readPlace } from './gazetteerPlaces'

/** A record's place as the comparison levels read it. */
export interface PlaceKey {
  /** One key per place whatever its language (`cologne` for Köln), `online`, or null when unknown. */
  key: string | null
  /** Keys of the single words and word pairs of the place text (`metz` in `parc des expositions de Metz`). */
  words: string[]
  /** ISO 3166-1 alpha-2, or null when unknown. */
  countryCode: string | null
  /** The gazetteer's place (GeoNames id) for the city as a whole, in any language; null when it reads none. */
  placeId: number | null
  /** Gazetteer places named inside the place text (a venue's city): `L.A.` in `L.A. Tennis Center`. */
  placesInside: number[]
}

const MIN_WORD_LENGTH = 3

/**
 * The text key of one place name: the folded, transliterated name with exonyms and endonyms
 * joined by the alias table (Torino = Turin). The gazetteer's ids come beside it (placeId,
 * placesInside), not instead: a key that became a GeoNames id where the gazetteer reads the
 * name and stayed text where it does not would no longer meet the text keys of venue words
 * (`Buenos Aires` in `Buenos Aires Lawn Tennis Club`) or of names it cannot read (`Лондоне`,
 * `HalleWestfalen`), and those pairs were lost.
 */
export function placeNameKey(name: string): string {
  return canonicalCity(foldLatin(name))
}

/** Keys of every word and word pair of a place text, for venues that name their city somewhere inside. */
function wordKeys(text: string): string[] {
  const words = foldLatin(text)
    .split(' ')
    .filter((word) => word.length >= MIN_WORD_LENGTH && !isStopWord(word) && !/^\d+$/.test(word))
  const keys = new Set<string>()
  for (let i = 0; i < words.length; i++) {
    keys.add(placeNameKey(words[i]!))
    if (i + 1 < words.length) keys.add(placeNameKey(`${words[i]} ${words[i + 1]}`))
  }
  return [...keys]
}

/** City and country of a record, preferring the curated fields over the verbatim place. */
export function placeKey(record: Pick<DedupeRecord, 'place' | 'city' | 'country' | 'countryCode'>): PlaceKey {
  const fromPlace = record.place ? splitPlace(record.place) : { city: null, countryCode: null }
  const cityText = record.city?.trim() || fromPlace.city
  // A place that is only a name the curator already read as a city (`Granada`) is not also a
  // country (Grenada is `Granada` in Spanish).
  const placeCountry = fromPlace.city === null && record.city ? null : fromPlace.countryCode
  const countryCode = cleanCountryCode(record.countryCode) ?? countryCodeOf(record.country) ?? placeCountry
  const words = [...new Set([...(cityText ? wordKeys(cityText) : []), ...(record.place ? wordKeys(record.place) : [])])]
  if (!cityText) {
    const online = record.place ? isOnlinePlace(foldLatin(record.place)) : false
    return { key: online ? 'online' : null, words, countryCode, placeId: null, placesInside: [] }
  }
  const key = placeNameKey(cityText)
  if (key === '') return { key: null, words, countryCode, placeId: null, placesInside: [] }
  if (isOnlinePlace(key)) return { key: 'online', words, countryCode, placeId: null, placesInside: [] }
  const reading = readPlace(cityText, record.place, countryCode)
  return { key, words, countryCode, placeId: reading.id, placesInside: reading.inside }
}
