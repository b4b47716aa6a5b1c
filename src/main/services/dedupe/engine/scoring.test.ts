import { describe, expect, it } from 'vitest'
import { scorePair, findDuplicatePairs } from './findDuplicatePairs'
import { describePair } from './groups'
import { DEFAULT_THRESHOLD } from './weights'
import { record } from './testRecords'

const original = record(1)
const pairs = (x = original, y = original) => scorePair(x, y)

describe('per-field evidence', () => {
  it('explains an exact repeat with every field agreeing', () => {
    const pair = pairs(original, record(2))
    expect(pair.a).toBe(1)
    expect(pair.b).toBe(2)
    expect(pair.score).toBe(1)
    expect(pair.evidence.title.similarity).toBe(1)
    expect(pair.evidence.dates).toEqual({ relation: 'same', contribution: 0.3 })
    expect(pair.evidence.place.relation).toBe('same')
    expect(pair.evidence.country.relation).toBe('same')
    expect(pair.reasons).toEqual(['same dates', 'same title', 'same city', 'same country'])
  })

  it('keeps contributions that add up to the score', () => {
    const pair = pairs(original, record(9, { title: 'Unlocking potential of refugees: intercultural approaches', city: null, place: null }))
    const { title, dates, place, country } = pair.evidence
    expect(title.contribution + dates.contribution + place.contribution + country.contribution).toBeCloseTo(pair.score, 2)
    expect(place.relation).toBe('unknown')
    expect(pair.reasons[1]).toMatch(/^titles \d+% alike$/)
  })

  it('describes conflicts in words', () => {
    const other = record(3, { startDate: '2016-03-01', endDate: '2016-03-01', place: 'Oslo (Norway)', city: 'Oslo', country: 'Norway', countryCode: 'NO' })
    const pair = pairs(original, other)
    expect(pair.evidence.dates.relation).toBe('different')
    expect(pair.evidence.dates.days).toBeGreaterThan(100)
    expect(pair.evidence.dates.contribution).toBeLessThan(0)
    expect(pair.evidence.country.contribution).toBeLessThan(0)
    expect(describePair(pair)).toMatch(/^different dates \(\d+ days apart\); same title; different cities; different countries$/)
  })

  it('tells overlapping and near dates apart', () => {
    expect(pairs(original, record(4, { endDate: '2015-10-29' })).evidence.dates.relation).toBe('overlap')
    const near = pairs(original, record(5, { startDate: '2015-11-01', endDate: '2015-11-01' }))
    expect(near.evidence.dates).toMatchObject({ relation: 'near', days: 2 })
    expect(pairs(original, record(6, { startDate: null, endDate: null })).evidence.dates.relation).toBe('unknown')
  })
})

describe('required pairings', () => {
  const variants: [string, Partial<Parameters<typeof record>[1]>][] = [
    ['word order and small words', { title: 'Intercultural approaches to integration: unlocking the potential of asylum seekers and refugees' }],
    ['small words dropped', { title: 'Unlocking potential of refugees, asylum seekers - intercultural approaches to integration' }],
    ['re-punctuated and upper case', { title: 'UNLOCKING THE POTENTIAL OF REFUGEES AND ASYLUM-SEEKERS – INTERCULTURAL APPROACHES TO INTEGRATION.' }],
    ['without diacritics', { place: 'Neuchatel (Switzerland)', city: 'Neuchatel' }],
    ['place as City, Country', { place: 'Neuchâtel, Switzerland', city: null, country: null, countryCode: null }],
    ['place in another language', { place: 'Neuchâtel (Suisse)', city: null, country: null, countryCode: null }],
    ['bare city', { place: 'Neuchatel', city: 'Neuchatel', country: null, countryCode: null }],
    ['no place at all', { place: null, city: null, country: null, countryCode: null }],
    ['a typo in the title', { title: 'Unlocking the potental of refugees and asylum seekers: intercultural approaches to integration' }],
    ['two typos', { title: 'Unlcoking the potential of refugees and asylum seekers: intercultural aproaches to integration' }]
  ]
  for (const [name, change] of variants) {
    it(`pairs the same event with ${name}`, () => {
      const pair = pairs(original, record(2, change))
      expect(pair.score, describePair(pair)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
    })
  }

  it('pairs exonym and endonym places', () => {
    const a = record(1, { title: 'Forum on Intercultural Cities', startDate: '2011-01-27', endDate: '2011-01-28', place: 'Torino (Italy)', city: 'Torino', country: 'Italy', countryCode: 'IT' })
    const b = record(2, { ...a, id: 2, place: 'Turin, Italy', city: 'Turin' })
    expect(scorePair(a, b).evidence.place.relation).toBe('same')
    expect(findDuplicatePairs([a, b])).toHaveLength(1)
  })
})

describe('required non-pairings', () => {
  it('keeps apart events sharing a title but not their dates and places', () => {
    const visits = [
      record(1, { title: '1st ICC expert visit', startDate: '2014-04-02', endDate: '2014-04-03', place: 'Limerick (Ireland)', city: 'Limerick', country: 'Ireland', countryCode: 'IE' }),
      record(2, { title: '1st ICC expert visit', startDate: '2014-02-27', endDate: '2014-02-28', place: 'Strasbourg (France)', city: 'Strasbourg', country: 'France', countryCode: 'FR' }),
      record(3, { title: '1st ICC expert visit', startDate: '2014-02-19', endDate: '2014-02-20', place: 'Bergen (Norway)', city: 'Bergen', country: 'Norway', countryCode: 'NO' })
    ]
    expect(findDuplicatePairs(visits, { threshold: 0.5 })).toEqual([])
  })

  it('keeps apart a repeated title on the same dates in another country', () => {
    const elsewhere = record(2, { place: 'Oslo (Norway)', city: 'Oslo', country: 'Norway', countryCode: 'NO' })
    expect(scorePair(original, elsewhere).score).toBeLessThan(DEFAULT_THRESHOLD)
  })

  it('keeps apart different events in the same city on the same days', () => {
    const other = record(2, { title: 'Presentation of the White Paper on Intercultural Dialogue' })
    expect(scorePair(original, other).score).toBeLessThan(DEFAULT_THRESHOLD)
  })
})

describe('options', () => {
  it('skips dismissed pairs and honours the threshold', () => {
    const records = [original, record(2), record(3, { title: 'Something else entirely' })]
    expect(findDuplicatePairs(records)).toHaveLength(1)
    expect(findDuplicatePairs(records, { isDismissed: (a, b) => a === 1 && b === 2 })).toHaveLength(0)
    expect(findDuplicatePairs(records, { threshold: 1.01 })).toHaveLength(0)
  })
})
