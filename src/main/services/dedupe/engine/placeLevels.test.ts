import { describe, expect, it } from 'vitest'
import { scorePair } from './findDuplicatePairs'
import { record } from './testRecords'
import { modelWeights, STARTING_MODEL } from '../model/model'
import { PlaceLevel } from '../model/levels'

const at = (id: number, place: string | null, title?: string) =>
  record(id, { place, city: null, country: null, countryCode: null, ...(title === undefined ? {} : { title }) })
const placeOf = (x: string | null, y: string | null) => scorePair(at(1, x), at(2, y)).evidence.place

describe('place levels: two places known to differ, or only maybe', () => {
  it('counts two cities the gazetteer reads as two strongly against, in one country or with no country stated', () => {
    expect(placeOf('Salamanca, Spain', 'Málaga, Spain').level).toBe('different city')
    expect(placeOf('Genève, Switzerland', 'Busan').level).toBe('different city')
    expect(placeOf('Salamanca, Spain', 'Málaga, Spain').weight).toBeLessThan(-4)
  })

  it('keeps "same country" for a country against a city there, and "different country" for two countries', () => {
    expect(placeOf('Spain', 'Madrid, Spain').level).toBe('same country')
    expect(placeOf('Lyon, France', 'Turin, Italy').level).toBe('different country')
  })

  it('says little when one side is online or names a place the gazetteer does not know', () => {
    const online = placeOf('Online', 'Paris (France)')
    expect(online.level).toBe('online and a place')
    expect(placeOf('Online', null)).toEqual({ level: 'unknown', weight: 0 })
    // Jamor is the Estoril tournament's venue, a place GeoNames' cities1000 does not list.
    const venue = placeOf('Estoril (Portugal)', 'Jamor')
    expect(venue.level).toBe('other place name')
    for (const weak of [online, venue]) {
      expect(weak.weight).toBeLessThanOrEqual(0)
      expect(weak.weight).toBeGreaterThan(placeOf('Salamanca, Spain', 'Málaga, Spain').weight)
    }
  })

  it('never lets a disagreeing level weigh for a match, whatever its m and u', () => {
    const model = structuredClone(STARTING_MODEL)
    model.fields.place.m[PlaceLevel.OtherName] = 0.05
    model.fields.place.u[PlaceLevel.OtherName] = 0.0001
    expect(modelWeights(model).fields.place[PlaceLevel.OtherName]).toBe(0)
  })
})

describe('title words that are the place', () => {
  it('does not count the shared place name in two titles as shared title words', () => {
    const x = at(1, 'Sevilla (Spain)', 'Visita de estudio a Sevilla')
    const y = at(2, 'Sevilla, Spain', 'Seminar in Sevilla: democratic competence')
    const pair = scorePair(x, y)
    expect(pair.evidence.place.level).toBe('same place')
    expect(pair.evidence.title.level).toBe('no overlap')
    // Another shared word still counts.
    const z = at(3, 'Sevilla, Spain', 'Seminar in Sevilla on democratic competence for young people and migrants')
    expect(scorePair(at(4, 'Sevilla (Spain)', 'Workshop in Sevilla on democratic citizenship'), z).evidence.title.level).toBe('shared rare words')
  })
})
