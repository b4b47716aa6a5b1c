/**
 * Reads a place as written into town and country: `City (Country)`, `City, Country`,
 * `Venue, City, Country`, `City, ST` (a US state or Canadian province), `City, State, Country`,
 * `Country、City`, a flag (`Sydney 🇦🇺`), a bare country, or a bare town whose country the
 * gazetteer knows (then marked as inferred).
 */

import { flagCountry, resolveCountry, withoutFlags } from './countries'
import type { PlaceMatch } from './gazetteer'
import { findPlace, isIn, type InferenceContext } from './infer'
import { resolveRegion } from './regions'

export interface PlaceReading {
  city: string | null
  country: string | null
  countryCode: string | null
  online: boolean
  /** True when the country is not written but read from the town's name ("Bari", "Mexico City", "Boston, MA"). */
  countryInferred?: boolean
  /** The town's GeoNames id when the gazetteer knows it: one id for every spelling of one place. */
  placeId?: number
  /** The town's name is borne by places in other countries nearly as likely: worth a warning. */
  placeAmbiguous?: boolean
}

type Country = { code: string; name: string }

const IN_PARENS = /^(.*?)\s*\(([^()]*)\)\s*$/
/** A postcode before or after the town: "75001 Paris", "Paris 75001". */
const POSTCODE = /^\d{4,5}\s+|\s+\d{4,5}$/g
/** "Mexico City", "Kuwait City", "Guatemala City": the town is named after its country. */
const CAPITAL_CITY = /^(.+?)\s+city$/i
const MAX_CITY_WORDS = 5
/** Commas of every script: ",", fullwidth "，", Japanese "、". */
const COMMA = /[,，、]/

export function tidy(text: string): string {
  return text.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '').replace(/\s+/g, ' ')
}

function cleanCity(text: string): string | null {
  const city = tidy(text.replace(POSTCODE, ''))
  if (city === '' || /^\d+$/.test(city)) return null
  // A long phrase ("Study visit to Neuchatel and Reggio Emilia") is a description, not a town.
  if (city.split(' ').length > MAX_CITY_WORDS) return null
  return city
}

function reading(
  city: string | null,
  country: Country | null,
  online: boolean,
  match: PlaceMatch | null = null,
  inferred = false
): PlaceReading {
  const result: PlaceReading = { city, country: country?.name ?? null, countryCode: country?.code ?? null, online }
  if (inferred) result.countryInferred = true
  if (match !== null) {
    result.placeId = match.id
    if (inferred && match.ambiguous) result.placeAmbiguous = true
  }
  return result
}

function statedTown(city: string | null, country: Country, online: boolean, context: InferenceContext): PlaceReading {
  return reading(city, country, online, city === null ? null : findPlace(city, context, { countryCode: country.code }))
}

function inferredTown(city: string | null, match: PlaceMatch | null, online: boolean): PlaceReading {
  if (match === null) return reading(city, null, online)
  return reading(city, resolveCountry(match.countryCode) ?? { code: match.countryCode, name: match.countryCode }, online, match, true)
}

/** `…, City, Country` or `…, City, ST`; null when the last part names neither a country nor a state. */
function readLastPart(parts: string[], online: boolean, context: InferenceContext): PlaceReading | null {
  const last = parts[parts.length - 1] as string
  let city = parts.length >= 2 ? cleanCity(parts[parts.length - 2] as string) : null
  const country = resolveCountry(last)
  const region = resolveRegion(last)
  if (region !== null && city !== null) {
    // "Boston, MA" (not Morocco), "Atlanta, Georgia" (not the country), but "Berlin, DE".
    const inRegion = isIn(city, { region: region.region })
    const inCountry = country !== null && isIn(city, { countryCode: country.code })
    if (country === null || (inRegion && !inCountry)) {
      return reading(city, resolveCountry(region.countryCode), online, findPlace(city, context, { region: region.region }), true)
    }
  }
  if (country === null) return null
  // "Banff, Alberta, Canada", "Denver, Kolorado, USA": the town is before the state.
  const stateBefore = city !== null && resolveRegion(city)?.countryCode === country.code
  if (parts.length >= 3 && city !== null && (stateBefore || !isIn(city, { countryCode: country.code }))) {
    const before = cleanCity(parts[parts.length - 3] as string)
    if (before !== null && isIn(before, { countryCode: country.code })) city = before
  }
  return statedTown(city, country, online, context)
}

function readParts(text: string, online: boolean, context: InferenceContext): PlaceReading | null {
  const parts = text.split(COMMA).map((p) => p.trim()).filter((p) => p !== '')
  if (parts.length < 2) return null
  const fromLast = readLastPart(parts, online, context)
  if (fromLast !== null) return fromLast
  // "マレーシア、クアラルンプール": country first.
  const first = resolveCountry(parts[0] as string)
  if (first !== null && parts.length === 2) return statedTown(cleanCity(parts[1] as string), first, online, context)
  // "Toulon, salle Mozart, 166 boulevard …", "Kassel, Rainer-Dierichs-Platz": the part that is a town.
  let best: { city: string; match: PlaceMatch } | null = null
  for (const part of parts) {
    const city = cleanCity(part)
    const match = city === null ? null : findPlace(city, context)
    if (city !== null && match !== null && (best === null || match.population > best.match.population)) best = { city, match }
  }
  return best === null ? null : inferredTown(best.city, best.match, online)
}

/** "John Lennon 5 Mérida España": a country word after a town of that country. */
function readTrailingCountry(text: string, online: boolean, context: InferenceContext): PlaceReading | null {
  const words = text.split(' ')
  // A country's name is capitalised (or in a script without capitals): most titles end otherwise.
  const lastWord = words[words.length - 1] as string
  if (words.length < 2 || words.length > MAX_CITY_WORDS + 1 || lastWord === lastWord.toLowerCase() && /[a-z]/.test(lastWord)) return null
  for (let size = 1; size <= 2 && size < words.length; size++) {
    const country = resolveCountry(words.slice(-size).join(' '))
    if (country === null || /^[A-Z]{2,3}$/.test(words.slice(-size).join(' '))) continue
    const rest = words.slice(0, -size)
    for (let townSize = Math.min(3, rest.length); townSize >= 1; townSize--) {
      const town = rest.slice(-townSize).join(' ')
      if (isIn(town, { countryCode: country.code })) return statedTown(town, country, online, context)
    }
  }
  return null
}

function statedCountry(read: PlaceReading | null): Country | null {
  return read === null || read.countryCode === null || read.countryInferred ? null : resolveCountry(read.countryCode)
}

function readParens(parens: RegExpExecArray, online: boolean, context: InferenceContext): PlaceReading {
  const outside = parens[1] as string
  const inside = parens[2] as string
  const country = resolveCountry(inside) ?? statedCountry(readParts(inside, online, context))
  // `Belo Horizonte (MG)`, `Bari (BA)`: a bare code in brackets after a town the gazetteer knows
  // elsewhere, and not in that country, is the town's state or province, not a country.
  if (country !== null && /^[A-Z]{2,3}$/.test(inside.trim())) {
    const city = cleanCity(outside)
    const elsewhere = city === null || isIn(city, { countryCode: country.code }) ? null : findPlace(city, context)
    if (city !== null && elsewhere !== null && elsewhere.countryCode !== country.code) return inferredTown(city, elsewhere, online)
  }
  if (country !== null) {
    const nested = readParts(outside, online, context)
    return statedTown(nested?.city ?? cleanCity(outside), country, online, context)
  }
  const outsideCountry = resolveCountry(outside)
  if (outsideCountry !== null) return statedTown(cleanCity(inside), outsideCountry, online, context)
  // "Frankfurt (Oder)": the brackets are part of the town's name.
  const whole = `${outside} (${inside})`
  const wholeMatch = findPlace(whole, context)
  if (wholeMatch !== null) return inferredTown(cleanCity(whole), wholeMatch, online)
  const city = cleanCity(outside)
  return inferredTown(city, city === null ? null : findPlace(city, context), online)
}

export function readPlace(text: string, online: boolean, context: InferenceContext): PlaceReading {
  const flag = flagCountry(text)
  const body = flag === null ? text : tidy(withoutFlags(text))
  const read = body === '' ? reading(null, null, online) : readWithoutFlag(body, online, context)
  if (flag === null || (read.countryCode !== null && !read.countryInferred)) return read
  // "Sydney 🇦🇺": the flag states the country.
  return statedTown(read.city, resolveCountry(flag) as Country, online, context)
}

function readWithoutFlag(text: string, online: boolean, context: InferenceContext): PlaceReading {
  const parens = IN_PARENS.exec(text)
  if (parens !== null) return readParens(parens, online, context)
  const parts = readParts(text, online, context)
  if (parts !== null) return parts
  const whole = resolveCountry(text)
  if (whole !== null) {
    // "Singapore", "Luxembourg": a country whose capital bears its name, written once for both.
    const capital = findPlace(text, context, { countryCode: whole.code })
    const named = capital !== null && capital.population >= 20_000 && text.length > 3 ? capital : null
    return named === null ? reading(null, whole, online) : reading(tidy(text), whole, online, named)
  }
  const trailing = readTrailingCountry(text, online, context)
  if (trailing !== null) return trailing
  const city = cleanCity(text)
  const capital = CAPITAL_CITY.exec(text)
  const named = capital !== null ? resolveCountry(capital[1] as string) : null
  if (named !== null) return reading(city, named, online, city === null ? null : findPlace(city, context, { countryCode: named.code }), true)
  return inferredTown(city, city === null ? null : findPlace(city, context), online)
}
