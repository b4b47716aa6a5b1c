import type { DedupeRecord } from '../types'
import { DatePrecision } from '../normalize/dates'
import { dayOfMonthOnly, eventDays, standInDay, titleYearShift, YearSource } from '../normalize/eventDays'
import { placeKey, type PlaceKey } from '../normalize/placeKey'
import { titleWords } from '../normalize/titleWords'
import { hasOtherScript } from '../normalize/latin'
import { GrowableArray } from './growableArray'

/** Marks a missing day number in the Int32 date columns. */
export const NO_DAY = -0x80000000

/**
 * Everything the scorer and the blocker need about each record, in columns of typed arrays:
 * a million records cost tens of megabytes here instead of a million objects. Strings
 * (title words, city keys, country codes) are interned once and referred to by number.
 */
export interface FeatureTable {
  count: number
  ids: Float64Array
  firstDay: Int32Array
  lastDay: Int32Array
  precision: Uint8Array
  /** YearSource of each record's dates (None: day and month only). */
  yearSource: Uint8Array
  /** First and last day moved into the stand-in year, for day-and-month comparison (NO_DAY when not day-precise). */
  anchorFirst: Int32Array
  anchorLast: Int32Array
  /** Days that move a record into the year its title names when its date says the year before or after (0: no such conflict). */
  titleYearShift: Int32Array
  /** The day of the month of a date written with its day only (`sábado, dia 5`), else 0. */
  dayOfMonth: Uint8Array
  /** Place key (interned in cityText), the same table as cityId for now. */
  cityId: Int32Array
  /**
   * The gazetteer's place of each record's city (`@` and its GeoNames id, interned in cityText),
   * or -1: one id for `Wien` and `Vienna`, `Москва` and `Moscow`.
   */
  placeRef: Int32Array
  /**
   * Keys of the words of each record's place, and of the gazetteer places named inside it:
   * placeWords[placeWordStart[i] .. placeWordStart[i + 1]), ids into cityText.
   */
  placeWordStart: Int32Array
  placeWords: Int32Array
  /** Bit 0: the title is written (partly) in another script; bit 1: the place is. */
  otherScript: Uint8Array
  /** Title numbers of record i (editions, ordinals): numbers[numberStart[i] .. numberStart[i + 1]), ascending. */
  numberStart: Int32Array
  numbers: Int32Array
  /** Each title's acronym as a token id, or -1 (only set when that token occurs in some title). */
  acronymToken: Int32Array
  countryId: Int32Array
  /** Title tokens of record i are tokens[tokenStart[i] .. tokenStart[i + 1]). */
  tokenStart: Int32Array
  tokens: Int32Array
  tokenText: string[]
  /** In how many records each token occurs; drives the choice of blocking tokens. */
  tokenFrequency: Int32Array
  cityText: string[]
  countryText: string[]
}

/** Builds a FeatureTable one record at a time, so an Iterable never has to become an array. */
export class FeatureTableBuilder {
  private readonly ids = new GrowableArray(Float64Array)
  private readonly firstDay = new GrowableArray(Int32Array)
  private readonly lastDay = new GrowableArray(Int32Array)
  private readonly precision = new GrowableArray(Uint8Array)
  private readonly yearSource = new GrowableArray(Uint8Array)
  private readonly anchorFirst = new GrowableArray(Int32Array)
  private readonly anchorLast = new GrowableArray(Int32Array)
  private readonly titleYearShift = new GrowableArray(Int32Array)
  private readonly dayOfMonth = new GrowableArray(Uint8Array)
  private readonly cityId = new GrowableArray(Int32Array)
  private readonly placeRef = new GrowableArray(Int32Array)
  private readonly placeWordStart = startedAtZero(new GrowableArray(Int32Array))
  private readonly placeWords = new GrowableArray(Int32Array)
  private readonly otherScript = new GrowableArray(Uint8Array)
  private readonly numberStart = startedAtZero(new GrowableArray(Int32Array))
  private readonly numbers = new GrowableArray(Int32Array)
  private readonly acronyms: (string | null)[] = []
  /** Places repeat a lot (a city, a venue): each distinct place is read once. */
  private readonly placeCache = new Map<string, PlaceKey>()
  private readonly countryId = new GrowableArray(Int32Array)
  private readonly tokenStart = startedAtZero(new GrowableArray(Int32Array))
  private readonly tokens = new GrowableArray(Int32Array)
  private readonly tokenFrequency: number[] = []
  private readonly tokenIndex = new Map<string, number>()
  private readonly tokenText: string[] = []
  private readonly cityIndex = new Map<string, number>()
  private readonly cityText: string[] = []
  private readonly countryIndex = new Map<string, number>()
  private readonly countryText: string[] = []

  get count(): number {
    return this.ids.length
  }

  add(record: DedupeRecord): void {
    this.ids.push(record.id)
    const title = titleWords(record.title ?? '')
    const range = eventDays(record, title.year)
    this.firstDay.push(range ? range.first : NO_DAY)
    this.lastDay.push(range ? range.last : NO_DAY)
    this.precision.push(range ? range.precision : DatePrecision.None)
    this.yearSource.push(range ? range.yearSource : YearSource.Date)
    const dayPrecise = range !== null && range.precision === DatePrecision.Day
    const anchor = dayPrecise ? (range.yearSource === YearSource.None ? range.first : standInDay(range.first)) : NO_DAY
    this.anchorFirst.push(anchor)
    this.anchorLast.push(dayPrecise ? anchor + (range.last - range.first) : NO_DAY)
    this.titleYearShift.push(titleYearShift(range, title.year))
    this.dayOfMonth.push(dayOfMonthOnly(record, range) ?? 0)

    const place = this.placeOf(record)
    this.cityId.push(place.key === null ? -1 : intern(place.key, this.cityIndex, this.cityText))
    this.placeRef.push(place.placeId === null ? -1 : intern(gazetteerKey(place.placeId), this.cityIndex, this.cityText))
    for (const word of place.words) this.placeWords.push(intern(word, this.cityIndex, this.cityText))
    for (const id of place.placesInside) this.placeWords.push(intern(gazetteerKey(id), this.cityIndex, this.cityText))
    this.placeWordStart.push(this.placeWords.length)
    this.countryId.push(
      place.countryCode === null ? -1 : intern(place.countryCode, this.countryIndex, this.countryText)
    )
    this.otherScript.push((record.title && hasOtherScript(record.title) ? 1 : 0) | (placeHasOtherScript(record) ? 2 : 0))

    for (const word of title.tokens) {
      const id = intern(word, this.tokenIndex, this.tokenText)
      if (id === this.tokenFrequency.length) this.tokenFrequency.push(0)
      this.tokenFrequency[id]++
      this.tokens.push(id)
    }
    this.tokenStart.push(this.tokens.length)
    for (const number of title.numbers) this.numbers.push(number)
    this.numberStart.push(this.numbers.length)
    this.acronyms.push(title.acronym)
  }

  private placeOf(record: DedupeRecord): PlaceKey {
    const cacheKey = `${record.place ?? ''}\u0000${record.city ?? ''}\u0000${record.country ?? ''}\u0000${record.countryCode ?? ''}`
    let place = this.placeCache.get(cacheKey)
    if (place === undefined) {
      place = placeKey(record)
      this.placeCache.set(cacheKey, place)
    }
    return place
  }

  build(): FeatureTable {
    return {
      count: this.ids.length,
      ids: this.ids.toArray(),
      firstDay: this.firstDay.toArray(),
      lastDay: this.lastDay.toArray(),
      precision: this.precision.toArray(),
      yearSource: this.yearSource.toArray(),
      anchorFirst: this.anchorFirst.toArray(),
      anchorLast: this.anchorLast.toArray(),
      titleYearShift: this.titleYearShift.toArray(),
      dayOfMonth: this.dayOfMonth.toArray(),
      cityId: this.cityId.toArray(),
      placeRef: this.placeRef.toArray(),
      placeWordStart: this.placeWordStart.toArray(),
      placeWords: this.placeWords.toArray(),
      otherScript: this.otherScript.toArray(),
      numberStart: this.numberStart.toArray(),
      numbers: this.numbers.toArray(),
      acronymToken: Int32Array.from(this.acronyms, (acronym) => (acronym === null ? -1 : (this.tokenIndex.get(acronym) ?? -1))),
      countryId: this.countryId.toArray(),
      tokenStart: this.tokenStart.toArray(),
      tokens: this.tokens.toArray(),
      tokenText: this.tokenText,
      tokenFrequency: Int32Array.from(this.tokenFrequency),
      cityText: this.cityText,
      countryText: this.countryText
    }
  }
}

function startedAtZero<T extends Int32Array>(array: GrowableArray<T>): GrowableArray<T> {
  array.push(0)
  return array
}

/** A gazetteer place among the text keys; `@` never begins a folded name. */
const gazetteerKey = (id: number): string => `@${id}`

function placeHasOtherScript(record: DedupeRecord): boolean {
  const text = record.city ?? record.place
  return text ? hasOtherScript(text) : false
}

function intern(text: string, index: Map<string, number>, texts: string[]): number {
  let id = index.get(text)
  if (id === undefined) {
    id = texts.length
    texts.push(text)
    index.set(text, id)
  }
  return id
}

export function buildFeatureTable(records: Iterable<DedupeRecord>): FeatureTable {
  const builder = new FeatureTableBuilder()
  for (const record of records) builder.add(record)
  return builder.build()
}
