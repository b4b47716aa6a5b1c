import type { DedupeRecord } from '../types'
import { canonicalCity, isOnlinePlace } from './placeAliases'
import { cleanCountryCode, countryCodeOf } from './countries'
import { splitPlace } from './place'
import { foldLatin } from './latin'
import { isStopWord } from './stopWords'

/** A record's place as the comparison levels read it. */
export interface PlaceKey {
  /** One key per place whatever its language (`cologne` for Köln), `online`, or null when unknown. */
  key: string | null
  /** Keys of the single words and word pairs of the place text (`metz` in `parc des expositions de Metz`). */
  words: string[]
  /** ISO 3166-1 alpha-2, or null when unknown. */
  countryCode: string | null
}

const MIN_WORD_LENGTH = 3

/**
 * The key of one place name: today the folded, transliterated name with exonyms and endonyms
 * joined by the alias table (Torino = Turin). This is the one function to point at a gazetteer
 * (`lookupPlace(name)?.id`, falling back to this text key) so that 東京 = Tokyo and Venezia =
 * Venice across every language the gazetteer knows; everything else reads place keys only.
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
    return { key: online ? 'online' : null, words, countryCode }
  }
  const key = placeNameKey(cityText)
  if (key === '') return { key: null, words, countryCode }
  return { key: isOnlinePlace(key) ? 'online' : key, words, countryCode }
}
