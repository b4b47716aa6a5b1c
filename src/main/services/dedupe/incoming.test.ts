import { afterEach, describe, expect, it } from 'vitest'
import { findMatchesForIncoming } from './incoming'
import { openCollection, type TestCollection } from './service/testCollection'

const open: TestCollection[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

const stored = {
  title: 'Unlocking the potential of refugees and asylum seekers: intercultural approaches to integration',
  startDate: '2015-10-29',
  endDate: '2015-10-30',
  place: 'Neuchâtel (Switzerland)',
  city: 'Neuchâtel',
  country: 'Switzerland',
  countryCode: 'CH'
}

describe('findMatchesForIncoming', () => {
  it('flags incoming records that duplicate stored ones, with scores and reasons', () => {
    const c = openCollection()
    open.push(c)
    const [neuchatel, , trashed] = c.insert([
      stored,
      { title: 'Forum on Intercultural Cities', startDate: '2011-01-27', endDate: '2011-01-28', place: 'Torino (Italy)', city: 'Torino', countryCode: 'IT' },
      { ...stored, title: 'Unlocking the potential of refugees' }
    ])
    c.services.records.trash([trashed!])
    const incoming = [
      { title: 'Something else entirely', startDate: '2015-10-29', endDate: '2015-10-29', place: 'Oslo', city: null, country: null, countryCode: null },
      { title: 'UNLOCKING POTENTIAL OF REFUGEES, ASYLUM SEEKERS – INTERCULTURAL APPROACHES TO INTEGRATION', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchatel, Switzerland', city: null, country: null, countryCode: null },
      { title: 'Forum on Intercultural Cities', startDate: null, endDate: null, place: null, city: null, country: null, countryCode: null }
    ]
    const matches = findMatchesForIncoming(c.db, incoming)
    expect(matches).toHaveLength(1)
    expect(matches[0]).toMatchObject({ index: 1, matches: [{ id: neuchatel, reasons: expect.arrayContaining([expect.stringMatching(/^same dates \(\+/), expect.stringMatching(/^same place \(\+/)]) }] })
    expect(matches[0]!.matches[0]!.score).toBeGreaterThanOrEqual(0.75)
  })

  it('finds nothing in an empty collection or for an empty import', () => {
    const c = openCollection()
    open.push(c)
    expect(findMatchesForIncoming(c.db, [{ ...stored }])).toEqual([])
    c.insert([stored])
    expect(findMatchesForIncoming(c.db, [])).toEqual([])
  })
})
