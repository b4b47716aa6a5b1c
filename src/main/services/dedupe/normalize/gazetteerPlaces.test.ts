import { describe, expect, it } from 'vitest'
import { nominativeForms, readPlace } from './gazetteerPlaces'
import { scorePair } from '../engine/findDuplicatePairs'
import { record } from '../engine/testRecords'

const idOf = (name: string): number | null => readPlace(name, name, null).id

describe('places read by the gazetteer, across languages', () => {
  it('gives one place for a city in any language or script', () => {
    expect(idOf('Wien')).not.toBeNull()
    expect(idOf('Wien')).toBe(idOf('Vienna'))
    expect(idOf('Москва')).toBe(idOf('Moscow'))
    expect(idOf('東京')).toBe(idOf('Tokyo'))
    expect(idOf('Jamor')).toBeNull()
  })

  it('reads an inflected Cyrillic name in its nominative (в Москве: in Moscow)', () => {
    expect(nominativeForms('Москве')).toContain('Москва')
    expect(nominativeForms('Moskve')).toEqual([])
    expect(idOf('Москве')).toBe(idOf('Moscow'))
    expect(idOf('Петербурге')).toBe(idOf('Saint Petersburg'))
  })

  it('reads a Polish locative after w/we (w Lublinie: in Lublin), and a capitalised word alone as written (Lundi is not Lund)', () => {
    expect(readPlace('w Lublinie', null, null).inside).toEqual([idOf('Lublin')])
    expect(readPlace('Konferencja we Wrocławiu', null, null).inside).toContain(idOf('Wrocław'))
    expect(readPlace('Lundi 4 mars', null, null).inside).toEqual([])
    expect(nominativeForms('Lundi')).toEqual([])
  })

  it('finds the city a venue names, by its words or an abbreviation the gazetteer knows (L.A.), or at the start of a CJK run', () => {
    expect(readPlace('L.A. Tennis Center', 'L.A. Tennis Center', null)).toEqual({ id: null, inside: [idOf('Los Angeles')] })
    expect(readPlace('東京都有明テニスの森', '東京都有明テニスの森', null).inside).toContain(idOf('Tokyo'))
    expect(readPlace('Arenele BNR din Bucureşti', null, null).inside).toContain(idOf('Bucharest'))
  })

  it('uses the country the record states (Paris, United States is not Paris, France)', () => {
    expect(readPlace('Paris', 'Paris (United States)', 'US').id).not.toBe(idOf('Paris'))
  })
})

describe('place levels with the gazetteer beside the text keys', () => {
  const at = (id: number, place: string) => record(id, { place, city: null, country: null, countryCode: null })
  const level = (x: string, y: string): string => scorePair(at(1, x), at(2, y)).evidence.place.level

  it('sees the same place across languages and scripts, and a city named inside a venue', () => {
    expect(level('Moscow', 'Москве')).toBe('same place')
    expect(level('London', 'Лондоне')).toBe('same place')
    expect(level('Tokyo', '東京都有明テニスの森')).toBe('place named in the other')
    expect(level('Los Angeles', 'L.A. Tennis Center')).toBe('place named in the other')
    expect(level('Lublin', 'w Lublinie')).toBe('place named in the other')
  })

  it('keeps the text comparisons a gazetteer id would break: venue words and run-together names', () => {
    // A key that became a GeoNames id lost these: the venue's words and the name it cannot read stay text.
    expect(level('Buenos Aires', 'Buenos Aires Lawn Tennis Club')).toBe('place named in the other')
    expect(level('Halle', 'HalleWestfalen')).toBe('place named in the other')
  })

  it('counts two places the gazetteer reads as two, even in another script', () => {
    expect(level('Osaka', '東京')).toBe('different city')
  })
})
