import { describe, expect, it } from 'vitest'
import { generateListings } from '../../../../../test/generator'
import { findDuplicatePairs } from './findDuplicatePairs'
import { lastScanStatistics, scanDuplicates } from './scan'
import { buildFeatureTable } from './features'
import { recordKeys, sortedKeyEntries } from './blockingKeys'
import { CandidateBlocks, MAX_FULL_BLOCK } from './candidateBlocks'
import { ScanCancelledError } from '../types'
import { record } from './testRecords'
import { PairScorer } from './pairScorer'
import { STARTING_MODEL } from '../model/model'

describe('blocking', () => {
  it('compares a 20k set in far fewer than all pairs', () => {
    const { records } = generateListings({ seed: 11, count: 20_000 })
    const table = buildFeatureTable(records)
    const keys = recordKeys(table)
    const blocks = new CandidateBlocks(table, keys, sortedKeyEntries(keys))
    let candidates = 0
    let largestFullBlock = 0
    for (let b = 0; b < blocks.blockCount; b++) {
      candidates += blocks.visitBlock(b, () => {})
      largestFullBlock = Math.max(largestFullBlock, blocks.blockStarts[b + 1] - blocks.blockStarts[b])
    }
    const allPairs = (records.length * (records.length - 1)) / 2
    expect(candidates).toBeGreaterThan(0)
    // Start windows (with and without the place) let translated titles meet: a few more pairs.
    expect(candidates).toBeLessThan(allPairs / 500)
    // Oversized blocks exist only as sorted neighbourhoods; the work per record stays bounded.
    expect(candidates / records.length).toBeLessThan(MAX_FULL_BLOCK)
  })

  it('lets a place written in another script meet its city in a crowded week (the gazetteer reads both)', () => {
    const kremlin = record(1, { title: 'Kremlin Cup', startDate: '2011-10-17', endDate: '2011-10-17', place: 'Moscow', city: null, country: null, countryCode: null })
    const kubok = record(2, { title: 'Кубок Кремля', startDate: '2011-10-20', endDate: '2011-10-20', place: 'Москве', city: null, country: null, countryCode: null })
    // More records in that week than a small-only block compares: the week alone does not bring them together.
    const crowd = Array.from({ length: MAX_FULL_BLOCK + 10 }, (_, k) =>
      record(10 + k, { title: `Gathering number ${k}`, startDate: `2011-10-${String(17 + (k % 4)).padStart(2, '0')}`, endDate: null, place: null, city: null, country: null, countryCode: null })
    )
    const table = buildFeatureTable([kremlin, ...crowd, kubok])
    const keys = recordKeys(table)
    const blocks = new CandidateBlocks(table, keys, sortedKeyEntries(keys))
    let met = false
    const last = table.count - 1
    for (let b = 0; b < blocks.blockCount; b++) blocks.visitBlock(b, (i, j) => { met ||= (i === 0 && j === last) || (i === last && j === 0) })
    expect(met).toBe(true)
  })

  it('meets a record whose date slipped a year from the year its title names, in a crowded collection', () => {
    const reference = record(1, { title: 'Barcelona Open BancSabadell', startDate: '2011-04-18', endDate: '2011-04-18', place: 'Barcelona', city: null, country: null, countryCode: null })
    const slipped = record(2, { title: '2011 Barcelona Open Banco Sabadell', startDate: '2010-04-16', endDate: '2010-04-24', place: 'Barcelona', city: null, country: null, countryCode: null })
    // Records in the year between them share their words and place: neither words nor place alone make a small block.
    const crowd = Array.from({ length: 8 * MAX_FULL_BLOCK }, (_, k) => {
      // A year of rounds between them, then rounds in other years' Aprils (day and month alone are no small block either).
      const day = new Date(k < 350 ? Date.UTC(2010, 3, 26 + k) : Date.UTC(2000 + (k % 8), 3, 14 + (k % 6))).toISOString().slice(0, 10)
      return record(10 + k, { title: `Barcelona Open Banco Sabadell qualifying round ${k}`, startDate: day, endDate: day, place: 'Barcelona', city: null, country: null, countryCode: null })
    })
    expect(findDuplicatePairs([reference, ...crowd, slipped]).some((pair) => pair.a === 1 && pair.b === 2)).toBe(true)
  })

  it('meets records whose start dates sit on either side of a month boundary', () => {
    const a = record(1, { startDate: '2015-10-31', endDate: '2015-11-01' })
    const b = record(2, { startDate: '2015-10-31', endDate: '2015-11-01', place: 'Neuchatel, Switzerland' })
    expect(findDuplicatePairs([a, record(3, { title: 'Other', startDate: '2001-01-01', endDate: '2001-01-01' }), b])).toHaveLength(1)
  })
})

describe('chunked scan', () => {
  const { records } = generateListings({ seed: 5, count: 3_000 })

  it('reports rising progress and returns the same pairs as findDuplicatePairs', () => {
    const scan = scanDuplicates(records)
    const shares: number[] = []
    let step = scan.next()
    while (!step.done) {
      shares.push(step.value.share)
      step = scan.next()
    }
    expect(shares.at(-1)).toBe(1)
    expect(shares).toEqual([...shares].sort((x, y) => x - y))
    expect(step.value).toEqual(findDuplicatePairs(records))
    expect(lastScanStatistics().records).toBe(records.length)
  })

  it('accepts any iterable and can be cancelled', () => {
    function* lazily() {
      yield* records
    }
    expect(findDuplicatePairs(lazily()).length).toBeGreaterThan(0)
    expect(() => findDuplicatePairs(records, { onProgress: (share) => share > 0.3 })).toThrow(ScanCancelledError)
  })

  it('returns pairs sorted by score with a < b', () => {
    const pairs = findDuplicatePairs(records)
    for (let i = 1; i < pairs.length; i++) expect(pairs[i - 1].score).toBeGreaterThanOrEqual(pairs[i].score)
    expect(pairs.every((pair) => pair.a < pair.b)).toBe(true)
  })
})

describe('explanations of a scan', () => {
  it.each([0.3, 0.75, 0.95])('finds the same pairs as a full comparison of every candidate (threshold %f)', (threshold) => {
    const { records } = generateListings({ seed: 13, count: 3_000 })
    const table = buildFeatureTable(records)
    const keys = recordKeys(table)
    const blocks = new CandidateBlocks(table, keys, sortedKeyEntries(keys))
    const scorer = new PairScorer(table, STARTING_MODEL)
    const expected = new Set<string>()
    for (let b = 0; b < blocks.blockCount; b++) {
      blocks.visitBlock(b, (i, j) => {
        const pair = scorer.pair(i, j)
        if (pair.score >= threshold && pair.a !== pair.b) expected.add(`${pair.a}:${pair.b}`)
      })
    }
    const found = findDuplicatePairs(records, { model: STARTING_MODEL, threshold }).map((pair) => `${pair.a}:${pair.b}`)
    expect(expected.size).toBeGreaterThan(50)
    expect(new Set(found)).toEqual(expected)
  })

  it('explain each pair found exactly as a full comparison of the two records does', () => {
    const { records } = generateListings({ seed: 12, count: 3_000 })
    const found = findDuplicatePairs(records, { model: STARTING_MODEL, threshold: 0.3 })
    expect(found.length).toBeGreaterThan(100)
    const scorer = new PairScorer(buildFeatureTable(records), STARTING_MODEL)
    // Generated ids are 1..n, so record id k is row k - 1 of the table.
    for (const pair of found) expect(pair).toEqual(scorer.pair(pair.a - 1, pair.b - 1))
  })
})
