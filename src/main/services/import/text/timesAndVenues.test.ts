import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { namesVenue } from './placeLikeness'

const titlesAndPlaces = (text: string) => parseListingText(text).records.map((r) => [r.startDate, r.title, r.place])

describe('lines and fields that only give the hour', () => {
  it('are never the title or the place of a block under its date line', () => {
    const page = ['Evenemang i mars 2024', '', 'tisdag 5 mars', '18:00–19:30', 'Författarsamtal med en poet', 'Stadsbiblioteket, Stora salen', '', 'torsdag 7 mars', '17:00', 'Språkcafé på svenska', 'Biblioteket Majorna'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2024-03-05', 'Författarsamtal med en poet', 'Stadsbiblioteket, Stora salen'],
      ['2024-03-07', 'Språkcafé på svenska', 'Biblioteket Majorna']
    ])
  })

  it('are never the title of a date-first line cut at separators', () => {
    const page = ['AGENDA DE CONCIERTOS — NOVIEMBRE 2023', '', 'Sábado 4 de noviembre - 21 hs - Teatro Colón, Buenos Aires', 'Orquesta Filarmónica: Mahler 5', '', 'Viernes 10 de noviembre - 20.30 hs - Teatro El Círculo, Rosario', 'Homenaje coral'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2023-11-04', 'Orquesta Filarmónica: Mahler 5', 'Teatro Colón, Buenos Aires'],
      ['2023-11-10', 'Homenaje coral', 'Teatro El Círculo, Rosario']
    ])
  })
})

describe('venue words', () => {
  it.each(['Stadsbiblioteket, Stora salen', 'Kulturhuset Blå Stället', 'Moravské divadlo Olomouc', 'Vlastivědné muzeum', 'Pera Müzesi Oditoryumu', 'Lütfi Kırdar Kongre Merkezi', '세종문화회관 대극장', '上海国际会议中心', 'Konzerthaus am Gendarmenmarkt'])('%s names a venue, also inside compounds and unspaced scripts', (text) => {
    expect(namesVenue(text)).toBe(true)
  })

  it.each(['Poesikväll med öppen scen', 'Jarní koncert filharmonie', 'Merchants and Maps'])('%s does not', (text) => {
    expect(namesVenue(text)).toBe(false)
  })
})
