import { describe, expect, it } from 'vitest'
import { followWarnings } from './warnings'

const bern = { place: 'Bern', city: 'Bern', country: null, countryCode: null }

describe('warnings follow the fields', () => {
  it('drops "no country in the place" once a country is set, and keeps unrelated warnings', () => {
    const before = ['no country in the place', 'title continues on a further line (kept in notes)']
    expect(followWarnings(before, bern, { country: 'Switzerland', countryCode: 'CH' })).toEqual(['title continues on a further line (kept in notes)'])
  })

  it('turns "no place" into "no country in the place" when only a city is typed', () => {
    expect(followWarnings(['no place'], { place: null }, { place: 'Bern', city: 'Bern' })).toEqual(['no country in the place'])
    expect(followWarnings(['no place'], { place: null }, { place: 'Bern (Switzerland)', city: 'Bern', country: 'Switzerland', countryCode: 'CH' })).toEqual([])
  })

  it('drops a reading doubt once its field is set by hand', () => {
    expect(followWarnings(['country inferred from the city name'], { city: 'Mexico City', country: 'Mexico' }, { country: 'Mexico', countryCode: 'MX' })).toEqual([])
    expect(followWarnings(["year taken from heading 'Programme 2018'"], { startDate: '2018-03-02' }, { startDate: '2017-03-02' })).toEqual([])
    expect(followWarnings(['no date'], { startDate: null }, { startDate: '2017-03-02', endDate: '2017-03-02' })).toEqual([])
  })

  it('leaves warnings alone when their fields did not change, and adds none to a record without doubts', () => {
    expect(followWarnings(['no date'], bern, { title: 'Renamed' })).toEqual(['no date'])
    expect(followWarnings(['no country in the place'], bern, { place: 'Bern', city: 'Bern' })).toEqual(['no country in the place'])
    expect(followWarnings([], { place: 'Bern (Switzerland)' }, { place: null, city: null })).toEqual([])
  })
})
