import type { DedupeRecord } from '../types'
import { eventDayRange, DatePrecision } from '../normalize/dates'
import { normalisePlace } from '../normalize/place'
import { titleTokens } from '../normalize/titleTokens'

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
  cityId: Int32Array
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
  private readonly ids: number[] = []
  private readonly firstDay: number[] = []
  private readonly lastDay: number[] = []
  private readonly precision: number[] = []
  private readonly cityId: number[] = []
  private readonly countryId: number[] = []
  private readonly tokenStart: number[] = [0]
  private readonly tokens: number[] = []
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
    const range = eventDayRange(record.startDate, record.endDate)
    this.firstDay.push(range ? range.first : NO_DAY)
    this.lastDay.push(range ? range.last : NO_DAY)
    this.precision.push(range ? range.precision : DatePrecision.None)

    const place = normalisePlace(record)
    this.cityId.push(place.cityKey === null ? -1 : intern(place.cityKey, this.cityIndex, this.cityText))
    this.countryId.push(
      place.countryCode === null ? -1 : intern(place.countryCode, this.countryIndex, this.countryText)
    )

    for (const word of titleTokens(record.title ?? '')) {
      const id = intern(word, this.tokenIndex, this.tokenText)
      if (id === this.tokenFrequency.length) this.tokenFrequency.push(0)
      this.tokenFrequency[id]++
      this.tokens.push(id)
    }
    this.tokenStart.push(this.tokens.length)
  }

  build(): FeatureTable {
    return {
      count: this.ids.length,
      ids: Float64Array.from(this.ids),
      firstDay: Int32Array.from(this.firstDay),
      lastDay: Int32Array.from(this.lastDay),
      precision: Uint8Array.from(this.precision),
      cityId: Int32Array.from(this.cityId),
      countryId: Int32Array.from(this.countryId),
      tokenStart: Int32Array.from(this.tokenStart),
      tokens: Int32Array.from(this.tokens),
      tokenText: this.tokenText,
      tokenFrequency: Int32Array.from(this.tokenFrequency),
      cityText: this.cityText,
      countryText: this.countryText
    }
  }
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
