import type { FeatureTable } from './features'
import { NO_DAY } from './features'
import { DatePrecision } from '../normalize/dates'
import { YearSource } from '../normalize/eventDays'

/**
 * Blocking: each record gets a handful of keys and only records sharing a key are compared,
 * so a million records never means half a trillion pairs. Keys combine *when* with *what*:
 * - exact start day x each of the record's rarest title words: small blocks even when a
 *   million records crowd thirty years (most second listings keep the start date);
 * - start-date bucket x the single rarest word, for dates a source shifted or stretched.
 *   Buckets are 32 days wide on two grids offset by 16 days, so two starts up to 16 days
 *   apart always share a bucket (the "start month plus its neighbour" idea without calendar
 *   edge cases);
 * - start window x place, which catches titles reworded beyond recognition or translated:
 *   windows are WINDOW_DAYS wide on two grids offset by half, so starts up to 4 days apart
 *   always share one (a source giving the qualifying weekend, or a news date). The place is the
 *   gazetteer's when it reads one, so `Москве` meets `Moscow` and `Wien` meets `Vienna`; a venue
 *   it cannot read as a whole takes the places named inside it (`東京都有明テニスの森`: Tokyo);
 * - start window alone, and day-and-month window (alone and x place key), for dates written
 *   without their year: these are "small-only" keys, compared when their block is small and
 *   skipped when it is not (in a big collection a week holds thousands of records);
 * - for undated records, the rarest title words alone (they meet each other there), and for
 *   every record its rarest word alone as a small-only key, so an undated record can meet a
 *   dated one when they share a word few records have.
 * Words seen in a single record are skipped: they cannot bring two records together, and a
 * typo makes exactly such a word.
 */
export const BUCKET_DAYS = 32
const TOKENS_PER_RECORD = 3
const TOKENS_PER_PARTIAL_DATE = 2
/** A year-precision date spans about 12 buckets; longer vague ranges are not worth the keys. */
const MAX_PARTIAL_BUCKETS = 14

const NS_TOKEN_GRID_0 = 1
const NS_TOKEN_GRID_1 = 2
const NS_CITY_WINDOW_0 = 3
const NS_UNDATED = 4
const NS_TOKEN_DAY = 5
const NS_CITY_WINDOW_1 = 6
const NS_WINDOW_0 = 7
const NS_WINDOW_1 = 8
const NS_DAY_MONTH_0 = 9
const NS_DAY_MONTH_1 = 10
const NS_DAY_MONTH_CITY_0 = 11
const NS_DAY_MONTH_CITY_1 = 12
const NS_RAREST_WORD = 13
/** Start windows this many days wide, on two grids offset by half a window. */
export const WINDOW_DAYS = 8
/** Rarest words that also get a (month-wide) bucket key. */
const BUCKET_TOKENS = 1

export interface RecordKeys {
  /** Keys of record i are keys[start[i] .. start[i + 1]), ascending. */
  start: Int32Array
  keys: Float64Array
  /** Keys are below 2 ** keyBits; record indexes below 2 ** (53 - keyBits). */
  keyBits: number
}

/** Keys with this lowest bit are small-only: an oversized block of theirs is skipped, not sampled. */
export const isSmallOnlyKey = (key: number): boolean => key % 2 === 1

function smallOnlyKey(namespace: number, a: number, b: number, bits: number): number {
  const key = hashKey(namespace, a, b, bits)
  return key - (key % 2) + 1
}

/** Mixes three integers into a key below 2 ** bits; a rare collision only merges two blocks. */
function hashKey(namespace: number, a: number, b: number, bits: number): number {
  let h = Math.imul(namespace ^ 0x9e3779b9, 0x85ebca6b)
  h = Math.imul(h ^ (a + 0x632be5ab), 0xc2b2ae35)
  h ^= h >>> 13
  h = Math.imul(h ^ (b + 0x7f4a7c15), 0x27d4eb2f)
  h ^= h >>> 16
  const low = h >>> 0
  if (bits <= 32) return (low % 2 ** bits) - (low % 2)
  // Widen with a second, differently seeded mix when the index leaves room for more key bits.
  let g = Math.imul(low ^ 0x165667b1, 0xd3a2646c)
  g ^= g >>> 15
  return (((g >>> 0) % 2 ** (bits - 32)) * 2 ** 32) + low - (low % 2)
}

export function keyBitsFor(count: number): number {
  const indexBits = Math.max(1, Math.ceil(Math.log2(count + 1)))
  return Math.min(40, 53 - indexBits)
}

/** The rarest words of record i that occur in at least one other record. */
function rareTokens(table: FeatureTable, i: number, limit: number, out: number[]): void {
  out.length = 0
  for (let p = table.tokenStart[i]; p < table.tokenStart[i + 1]; p++) {
    const token = table.tokens[p]
    if (table.tokenFrequency[token] >= 2) out.push(token)
  }
  out.sort((x, y) => table.tokenFrequency[x] - table.tokenFrequency[y] || x - y)
  if (out.length > limit) out.length = limit
}

/** Gazetteer places named inside a venue that get a place key, at most. */
const PLACES_INSIDE = 2

/**
 * The places record i is blocked on: the gazetteer's place of its city, else its text key and
 * the first gazetteer places its venue names (ids into cityText, like the text keys).
 */
function places(table: FeatureTable, i: number, out: number[]): void {
  out.length = 0
  const ref = table.placeRef[i]!
  if (ref >= 0) {
    out.push(ref)
    return
  }
  if (table.cityId[i]! >= 0) out.push(table.cityId[i]!)
  let inside = 0
  for (let p = table.placeWordStart[i]!; p < table.placeWordStart[i + 1]! && inside < PLACES_INSIDE; p++) {
    const word = table.placeWords[p]!
    if (!table.cityText[word]!.startsWith('@')) continue
    out.push(word)
    inside++
  }
}

/** The keys of a day-precise start: day x words, month buckets x rarest word, start windows (alone and x place). */
function dayKeys(first: number, tokens: readonly number[], cities: readonly number[], keyBits: number, mine: number[]): void {
  const bucket0 = Math.floor(first / BUCKET_DAYS)
  const bucket1 = Math.floor((first + BUCKET_DAYS / 2) / BUCKET_DAYS)
  tokens.forEach((token, rank) => {
    mine.push(hashKey(NS_TOKEN_DAY, first, token, keyBits))
    if (rank >= BUCKET_TOKENS) return
    mine.push(hashKey(NS_TOKEN_GRID_0, bucket0, token, keyBits))
    mine.push(hashKey(NS_TOKEN_GRID_1, bucket1, token, keyBits))
  })
  const window0 = Math.floor(first / WINDOW_DAYS)
  const window1 = Math.floor((first + WINDOW_DAYS / 2) / WINDOW_DAYS)
  mine.push(smallOnlyKey(NS_WINDOW_0, window0, 0, keyBits), smallOnlyKey(NS_WINDOW_1, window1, 0, keyBits))
  for (const city of cities) mine.push(hashKey(NS_CITY_WINDOW_0, window0, city, keyBits), hashKey(NS_CITY_WINDOW_1, window1, city, keyBits))
}

export function recordKeys(table: FeatureTable): RecordKeys {
  const keyBits = keyBitsFor(table.count)
  const start = new Int32Array(table.count + 1)
  let keys = new Float64Array(table.count * 8)
  let used = 0
  const tokens: number[] = []
  const cities: number[] = []
  const mine: number[] = []
  for (let i = 0; i < table.count; i++) {
    mine.length = 0
    const first = table.firstDay[i]
    const anchor = table.anchorFirst[i]
    places(table, i, cities)
    if (anchor !== NO_DAY) {
      const half = WINDOW_DAYS / 2
      const window0 = Math.floor(anchor / WINDOW_DAYS)
      const window1 = Math.floor((anchor + half) / WINDOW_DAYS)
      mine.push(smallOnlyKey(NS_DAY_MONTH_0, window0, 0, keyBits), smallOnlyKey(NS_DAY_MONTH_1, window1, 0, keyBits))
      for (const city of cities) mine.push(smallOnlyKey(NS_DAY_MONTH_CITY_0, window0, city, keyBits), smallOnlyKey(NS_DAY_MONTH_CITY_1, window1, city, keyBits))
    }
    if (first === NO_DAY || table.yearSource[i] === YearSource.None) {
      rareTokens(table, i, TOKENS_PER_RECORD, tokens)
      for (const token of tokens) mine.push(hashKey(NS_UNDATED, 0, token, keyBits))
    } else if (table.precision[i] === DatePrecision.Day) {
      rareTokens(table, i, TOKENS_PER_RECORD, tokens)
      dayKeys(first, tokens, cities, keyBits, mine)
      // A date whose year its title contradicts (`2011 …`, dated 2010) is also keyed in the title's year.
      const shift = table.titleYearShift[i]!
      if (shift !== 0) dayKeys(first + shift, tokens, cities, keyBits, mine)
    } else {
      // A vague date ("2009", "2009-11") meets precise dates in every bucket it covers.
      rareTokens(table, i, TOKENS_PER_PARTIAL_DATE, tokens)
      const from = Math.floor(first / BUCKET_DAYS)
      const to = Math.min(Math.floor(table.lastDay[i] / BUCKET_DAYS), from + MAX_PARTIAL_BUCKETS - 1)
      for (let bucket = from; bucket <= to; bucket++) {
        for (const token of tokens) mine.push(hashKey(NS_TOKEN_GRID_0, bucket, token, keyBits))
      }
    }
    // Every branch above chose the rarest words, rarest first.
    if (tokens.length > 0) mine.push(smallOnlyKey(NS_RAREST_WORD, 0, tokens[0]!, keyBits))
    mine.sort((x, y) => x - y)
    if (used + mine.length > keys.length) {
      const grown = new Float64Array(Math.max(keys.length * 2, used + mine.length))
      grown.set(keys)
      keys = grown
    }
    let previous = -1
    for (const key of mine) {
      if (key !== previous) keys[used++] = key
      previous = key
    }
    start[i + 1] = used
  }
  return { start, keys: keys.slice(0, used), keyBits }
}

/** Every (key, record) as one sortable number: key * 2 ** indexBits + record index. */
export function sortedKeyEntries(recordKeysOf: RecordKeys): Float64Array {
  const { start, keys, keyBits } = recordKeysOf
  const indexScale = 2 ** (53 - keyBits)
  const entries = new Float64Array(keys.length)
  const count = start.length - 1
  for (let i = 0; i < count; i++) {
    for (let p = start[i]; p < start[i + 1]; p++) entries[p] = keys[p] * indexScale + i
  }
  return entries.sort()
}
