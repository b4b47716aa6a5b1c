import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { DedupeRecord } from '../types'
import { findDuplicatePairs } from './findDuplicatePairs'
import { PairScorer } from './pairScorer'
import { buildFeatureTable } from './features'
import { DEFAULT_THRESHOLD } from './weights'
import { ICC_EXPECTED } from '../../../../../test/fixtures'

// src/main/services/dedupe/engine -> the repository root is five levels up; shared sits beside it.
const fixturePath = ICC_EXPECTED

interface FixtureRecord {
  title: string
  titleContinuation?: string
  startDate: string
  endDate: string
  place: string | null
  city: string | null
  country: string | null
  countryCode: string | null
}

function fixtureRecords(): DedupeRecord[] {
  const fixture = JSON.parse(readFileSync(fixturePath, 'utf8')) as { records: FixtureRecord[] }
  return fixture.records.map((r, index) => ({
    id: index + 1,
    title: r.titleContinuation ? `${r.title} ${r.titleContinuation}` : r.title,
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    city: r.city,
    country: r.country,
    countryCode: r.countryCode
  }))
}

describe('the ICC fixture (73 real, distinct events)', () => {
  const records = fixtureRecords()

  it('has 73 events', () => {
    expect(records).toHaveLength(73)
  })

  it('yields no pair at the default threshold', () => {
    expect(findDuplicatePairs(records)).toEqual([])
  })

  it('stays below the threshold even comparing all pairs, blocked or not', () => {
    // Scored within the collection: how common a shared title word is depends on the collection.
    const scorer = new PairScorer(buildFeatureTable(records))
    let best = 0
    for (let i = 0; i < records.length; i++) {
      for (let j = i + 1; j < records.length; j++) best = Math.max(best, scorer.pair(i, j).score)
    }
    expect(best).toBeLessThan(DEFAULT_THRESHOLD)
  })

  it('keeps the three "1st ICC expert visit" events apart', () => {
    const visits = records.filter((r) => r.title === '1st ICC expert visit')
    expect(visits).toHaveLength(3)
    expect(findDuplicatePairs(visits, { threshold: 0.4 })).toEqual([])
  })

  it('pairs each fixture event with a reworded second listing of itself', () => {
    const second = records.map((r) => ({
      ...r,
      id: r.id + 1000,
      title: r.title.toUpperCase().replace(/:/g, ' -'),
      place: r.city && r.country ? `${r.city.normalize('NFKD').replace(/\p{M}/gu, '')}, ${r.country}` : r.place,
      city: null,
      country: null,
      countryCode: null
    }))
    const found = findDuplicatePairs([...records, ...second])
    expect(found).toHaveLength(73)
    expect(found.every((pair) => pair.b === pair.a + 1000)).toBe(true)
  })
})
