/**
 * Builds the compact gazetteer from GeoNames' cities1000.txt (tab-separated: geonameid, name,
 * asciiname, alternatenames, lat, lon, feature class, feature code, country code, cc2,
 * admin1..4, population, ...). Every name, ASCII name and alternate name of a place becomes a
 * folded key; each key is kept as two 32-bit hashes, so the index holds no strings but the
 * places' own names.
 */

import { ALTERNATE, packLetters, type GazetteerData } from './data'
import { foldPlaceName, hashPair } from './fold'

/** GeoNames' admin1 codes for Canada are numbers; listings write the postal abbreviation. */
const CANADIAN_PROVINCES: Record<string, string> = {
  '01': 'AB', '02': 'BC', '03': 'MB', '04': 'NB', '05': 'NL', '07': 'NS', '08': 'ON',
  '09': 'PE', '10': 'QC', '11': 'SK', '12': 'YT', '13': 'NT', '14': 'NU'
}

/** Airport and city codes among the alternate names ("VCE", "TYO") are not names a listing writes. */
const CODE_LIKE = /^[A-Z]{3,4}$/
const MAX_PAIRS = 1 << 21

function regionOf(country: string, admin1: string): number {
  if (country === 'US') return packLetters(admin1)
  if (country === 'CA') return packLetters(CANADIAN_PROVINCES[admin1] ?? '')
  return 0
}

export function buildGazetteer(text: string): GazetteerData {
  const ids: number[] = []
  const population: number[] = []
  const country: number[] = []
  const region: number[] = []
  const nameStart: number[] = []
  const names: string[] = []
  let nameLength = 0
  const pairA: number[] = []
  const pairB: number[] = []
  const pairEntry: number[] = []

  let start = 0
  while (start < text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const line = text.slice(start, end)
    start = end + 1
    const f = line.split('\t')
    if (f.length < 15) continue
    const place = ids.length
    ids.push(Number(f[0]))
    population.push(Math.min(Number(f[14]) || 0, 0xffffffff))
    country.push(packLetters(f[8] as string))
    region.push(regionOf(f[8] as string, f[10] as string))
    nameStart.push(nameLength)
    names.push(f[1] as string)
    nameLength += (f[1] as string).length

    const seen = new Set<string>()
    const add = (name: string, flag: number): void => {
      const key = foldPlaceName(name)
      if (key.length < 2 || seen.has(key) || /^\d+$/.test(key)) return
      seen.add(key)
      const [a, b] = hashPair(key)
      pairA.push(a)
      pairB.push(b)
      pairEntry.push((place | flag) >>> 0)
    }
    add(f[1] as string, 0)
    add(f[2] as string, 0)
    const alternates = f[3] as string
    if (alternates !== '') for (const alt of alternates.split(',')) if (!CODE_LIKE.test(alt)) add(alt, ALTERNATE)
  }
  nameStart.push(nameLength)
  if (pairA.length >= MAX_PAIRS) throw new Error(`gazetteer: ${pairA.length} names, more than the index can hold`)

  // Sort by hashA (then pair number) in one native typed-array sort: hashA * 2^21 + pair fits a double exactly.
  const order = new Float64Array(pairA.length)
  for (let i = 0; i < pairA.length; i++) order[i] = (pairA[i] as number) * MAX_PAIRS + i
  order.sort()
  const hashA = new Uint32Array(order.length)
  const hashB = new Uint32Array(order.length)
  const entry = new Uint32Array(order.length)
  for (let i = 0; i < order.length; i++) {
    const pair = (order[i] as number) % MAX_PAIRS
    hashA[i] = pairA[pair] as number
    hashB[i] = pairB[pair] as number
    entry[i] = pairEntry[pair] as number
  }
  return {
    ids: Uint32Array.from(ids),
    population: Uint32Array.from(population),
    country: Uint16Array.from(country),
    region: Uint16Array.from(region),
    nameStart: Uint32Array.from(nameStart),
    names: names.join(''),
    hashA,
    hashB,
    entry
  }
}
