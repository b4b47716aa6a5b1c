import type { GeneratedListings, GeneratedRecord, GenerateOptions } from './types'
import { Prng } from './prng'
import { CITIES, type City } from './cities'
import { LANGUAGES, LANGUAGE_WEIGHTS, NOTES, TAG_SETS, type Language } from './vocabulary'
import { drawTitleParts, renderTitle, type TitleParts } from './titles'
import { ALTERNATE_DATE_STYLES, dayNumberOf, formatDateText, isoDate } from './dateText'
import { addTypo, drawPerturbations, dropDiacritics, restyle, rewordTitle } from './perturb'

const FIRST_DAY = dayNumberOf(1995, 1, 1)
const LAST_DAY = dayNumberOf(2025, 12, 31)
/** Event lengths of 1..5 days, short events far more common. */
const DURATION_WEIGHTS = [35, 35, 18, 7, 5]
/** Chance that a duplicate copies an already duplicated event (groups of three or more). */
const REPEAT_TARGET_CHANCE = 0.15

type PlaceStyle = 'parens' | 'comma' | 'city' | 'online' | 'none'
const PLACE_STYLES: readonly PlaceStyle[] = ['parens', 'comma', 'city', 'online', 'none']
const PLACE_STYLE_WEIGHTS = [48, 36, 8, 4, 4]

/** Countries whose cities host most events titled in each language. */
const HOME_COUNTRIES: Readonly<Record<Language, readonly string[]>> = {
  en: [],
  fr: ['FR', 'BE', 'CH', 'LU', 'CA', 'MA', 'TN', 'SN'],
  de: ['DE', 'AT', 'CH'],
  es: ['ES', 'MX', 'AR', 'CL', 'CO'],
  it: ['IT', 'CH'],
  pt: ['PT', 'BR'],
  nl: ['NL', 'BE']
}
const CITIES_BY_LANGUAGE = Object.fromEntries(
  LANGUAGES.map((language) => [language, CITIES.filter((city) => HOME_COUNTRIES[language].includes(city.countryCode))])
) as Record<Language, City[]>

/** What an event is, independent of how one source prints it. */
interface EventFacts {
  parts: TitleParts
  first: number
  last: number
  placeStyle: PlaceStyle
}

/**
 * Seeded synthetic listings with injected duplicates and their ground truth.
 * Same options, same output, byte for byte.
 */
export function generateListings(options: GenerateOptions): GeneratedListings {
  const { seed, count } = options
  const duplicateRate = options.duplicateRate ?? 0.1
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be a whole number')
  const rng = new Prng(seed)
  const duplicateCount = Math.min(Math.round(count * duplicateRate), Math.floor(count / 2))
  const originalCount = count - duplicateCount

  // How many second listings each event gets, decided before any record is built.
  const copiesOf = new Uint8Array(originalCount)
  let previousTarget = -1
  for (let d = 0; d < duplicateCount; d++) {
    const repeat = previousTarget >= 0 && rng.chance(REPEAT_TARGET_CHANCE) && copiesOf[previousTarget] < 250
    const target = repeat ? previousTarget : rng.int(0, originalCount - 1)
    copiesOf[target]++
    previousTarget = target
  }

  // Ids are a permutation so duplicates are scattered, not next to their original.
  const idOf = new Int32Array(count)
  for (let i = 0; i < count; i++) idOf[i] = i + 1
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng.next() * (i + 1))
    const swap = idOf[i]
    idOf[i] = idOf[j]
    idOf[j] = swap
  }

  // Filled up front so the array stays packed while records land at scattered ids.
  const records: GeneratedRecord[] = new Array<GeneratedRecord>(count).fill(null as unknown as GeneratedRecord)
  const duplicatePairs: [number, number][] = []
  const takenEvents = new Set<number>()
  let produced = 0
  for (let o = 0; o < originalCount; o++) {
    const facts = drawDistinctEvent(rng, takenEvents)
    const group = [idOf[produced]]
    records[idOf[produced] - 1] = renderRecord(rng, idOf[produced], facts)
    produced++
    for (let c = 0; c < copiesOf[o]; c++) {
      const id = idOf[produced++]
      records[id - 1] = renderDuplicate(rng, id, facts)
      for (const other of group) duplicatePairs.push(other < id ? [other, id] : [id, other])
      group.push(id)
    }
  }
  duplicatePairs.sort((x, y) => x[0] - y[0] || x[1] - y[1])
  return { records, duplicatePairs }
}

/**
 * Two different events with the same subject on the same day would be indistinguishable from
 * a duplicate (and mislabel the ground truth); real organisers do not hold those either, so
 * such a draw moves to another day.
 */
function drawDistinctEvent(rng: Prng, taken: Set<number>): EventFacts {
  const facts = drawEvent(rng)
  for (let attempt = 0; attempt < 20; attempt++) {
    const key = eventIdentity(facts)
    if (!taken.has(key)) {
      taken.add(key)
      return facts
    }
    const shift = rng.int(1, 60)
    facts.first += shift
    facts.last += shift
  }
  return facts
}

/** A 32-bit hash (FNV-1a) of what makes an event itself: its subject and its start day. */
function eventIdentity(facts: EventFacts): number {
  const { parts } = facts
  const what =
    parts.family === 'series' ? renderTitle(parts).toLowerCase() : `${parts.language}|${parts.type}|${parts.subject}|${parts.setting}`
  const text = `${what}|${facts.first}`
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}

function drawEvent(rng: Prng): EventFacts {
  const language = LANGUAGES[rng.weighted(LANGUAGE_WEIGHTS)]
  const placeStyle = PLACE_STYLES[rng.weighted(PLACE_STYLE_WEIGHTS)]
  const homeCities = CITIES_BY_LANGUAGE[language]
  const city = placeStyle === 'online' || placeStyle === 'none' ? null : rng.pick(homeCities.length > 0 && rng.chance(0.7) ? homeCities : CITIES)
  const first = rng.int(FIRST_DAY, LAST_DAY)
  const last = first + rng.weighted(DURATION_WEIGHTS)
  const year = new Date(first * 86_400_000).getUTCFullYear()
  // A title may name the city even when the listing gives no place line.
  const titleCity = city ?? (rng.chance(0.3) ? rng.pick(CITIES) : null)
  return { parts: drawTitleParts(rng, language, titleCity, year), first, last, placeStyle }
}

function placeText(city: City | null, style: PlaceStyle, useOtherName: boolean): Pick<GeneratedRecord, 'place' | 'city' | 'country' | 'countryCode'> {
  if (style === 'online') return { place: 'Online', city: null, country: null, countryCode: null }
  if (style === 'none' || city === null) return { place: null, city: null, country: null, countryCode: null }
  const name = useOtherName && city.otherName ? city.otherName : city.name
  if (style === 'city') return { place: name, city: name, country: null, countryCode: null }
  const place = style === 'parens' ? `${name} (${city.country})` : `${name}, ${city.country}`
  return { place, city: name, country: city.country, countryCode: city.countryCode }
}

function renderRecord(rng: Prng, id: number, facts: EventFacts): GeneratedRecord {
  const city = facts.placeStyle === 'online' || facts.placeStyle === 'none' ? null : facts.parts.city
  return {
    id,
    title: renderTitle(facts.parts),
    startDate: isoDate(facts.first),
    endDate: isoDate(facts.last),
    dateText: formatDateText(facts.first, facts.last, 'native', facts.parts.language),
    ...placeText(city, facts.placeStyle, rng.chance(0.2)),
    notes: rng.chance(0.1) ? rng.pick(NOTES) : null,
    tags: TAG_SETS[rng.int(0, TAG_SETS.length - 1)]
  }
}

/** The same event as a second source lists it, perturbed in realistic ways. */
function renderDuplicate(rng: Prng, id: number, facts: EventFacts): GeneratedRecord {
  const record = renderRecord(rng, id, facts)
  const changes = drawPerturbations(rng)
  if (changes.has('reword')) record.title = rewordTitle(rng, facts.parts)
  if (changes.has('typo')) record.title = addTypo(rng, record.title)
  if (changes.has('casePunctuation')) record.title = restyle(rng, record.title)
  if (changes.has('dateText')) {
    record.dateText = formatDateText(facts.first, facts.last, rng.pick(ALTERNATE_DATE_STYLES), facts.parts.language)
  }
  if (changes.has('placeFormat') && record.city !== null) {
    const city = facts.parts.city
    const style = rng.pick<PlaceStyle>(['parens', 'comma', 'city'])
    Object.assign(record, placeText(city, style, rng.chance(0.5)))
  }
  if (changes.has('placeMissing')) Object.assign(record, { place: null, city: null, country: null, countryCode: null })
  if (changes.has('dropDiacritics')) {
    record.title = dropDiacritics(record.title)
    if (record.place) record.place = dropDiacritics(record.place)
    if (record.city) record.city = dropDiacritics(record.city)
  }
  return record
}
