/**
 * Looking a name up in the compact gazetteer: every place the folded name names, ranked by
 * population and by the countries of the page's other records.
 */

import { ALTERNATE, unpackLetters, type GazetteerData } from './data'
import { foldPlaceName, hashPair } from './fold'

export interface GazetteerPlace {
  /** GeoNames id: the same number for every spelling of the same place. */
  id: number
  /** GeoNames' name of the place (often the local form: "Venezia", "Tokyo"). */
  name: string
  /** ISO 3166-1 alpha-2. */
  countryCode: string
  population: number
  /** The US state's or Canadian province's postal abbreviation, else null. */
  region: string | null
}

/** A place that bears a name: its index in the data, and whether the name is one of its alternate names. */
export interface Candidate {
  index: number
  /** True when the name matched is one of the place's alternate names (another language, an old name). */
  alternate: boolean
}

/** The place at an index, as callers see it (built only for the places returned). */
export function placeAt(data: GazetteerData, index: number): GazetteerPlace {
  const region = data.region[index] as number
  return {
    id: data.ids[index] as number,
    name: data.names.slice(data.nameStart[index], data.nameStart[index + 1]),
    countryCode: unpackLetters(data.country[index] as number),
    population: data.population[index] as number,
    region: region === 0 ? null : unpackLetters(region)
  }
}

/** Every place named `name`, or an empty list. */
export function candidatesOf(data: GazetteerData, name: string): Candidate[] {
  return candidatesOfKey(data, foldPlaceName(name))
}

/** Every place bearing a name already folded by foldPlaceName. */
export function candidatesOfKey(data: GazetteerData, key: string): Candidate[] {
  if (key.length < 2) return []
  const [a, b] = hashPair(key)
  let low = 0
  let high = data.hashA.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((data.hashA[middle] as number) < a) low = middle + 1
    else high = middle
  }
  const found: Candidate[] = []
  for (let i = low; i < data.hashA.length && data.hashA[i] === a; i++) {
    if (data.hashB[i] !== b) continue
    const entry = data.entry[i] as number
    found.push({ index: entry & ~ALTERNATE, alternate: (entry & ALTERNATE) !== 0 })
  }
  return found
}
