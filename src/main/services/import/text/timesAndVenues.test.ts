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

describe('what a page says about itself and how it marks its columns', () => {
  it('never reads an "updated" date as an event', () => {
    const page = ['Upcoming conferences (updated 2 January 2020)', '', '* ICML 2020 — July 12–18, 2020 — Vienna, Austria', '* ACL 2020 — July 5–10, 2020 — Seattle, WA, USA', '* TPDL 2020 — 25–27 August 2020 — Lyon, France'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2020-07-12', 'ICML 2020', 'Vienna, Austria'],
      ['2020-07-05', 'ACL 2020', 'Seattle, WA, USA'],
      ['2020-08-25', 'TPDL 2020', 'Lyon, France']
    ])
  })

  it('takes a title with "Digital" in it for a title, not an online place', () => {
    const page = ['* Digital Humanities 2020 (DH2020) — July 20–24, 2020 — Ottawa, Canada', '* ACL 2020 — July 5–10, 2020 — Seattle, WA, USA'].join('\n')
    expect(titlesAndPlaces(page)[0]).toEqual(['2020-07-20', 'Digital Humanities 2020 (DH2020)', 'Ottawa, Canada'])
  })

  it('takes a line wholly in straight quotes as the talk, not the speaker above it', () => {
    const page = ['Research Seminar Series 2022–23', '', 'Wed 5 October 2022', 'Dr Amira Haddad (University of Leeds)', '"Merchants and Maps in the Ottoman Levant"', 'Room 2.14, Arts Building', '', 'Wed 19 October 2022', 'Prof. James Whitcombe (Durham)', '"The Archive as Battlefield"', 'Room 2.14, Arts Building'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2022-10-05', 'Merchants and Maps in the Ottoman Levant', 'Room 2.14, Arts Building'],
      ['2022-10-19', 'The Archive as Battlefield', 'Room 2.14, Arts Building']
    ])
  })

  it('splits only at the page\'s own column mark, and takes the place from the column that holds places', () => {
    const page = [
      'Kulturní kalendář – jaro 2023',
      '',
      '15. března 2023 | Moravské divadlo Olomouc | Jarní koncert filharmonie',
      '22.–26. března 2023 | Výstaviště Flora Olomouc | Flora Olomouc – jarní etapa',
      '1. dubna 2023 | Arcidiecézní muzeum | Noc s Andersenem',
      'od 5. do 7. května 2023 | Bezručovy sady | Festival Beerfest Olomouc'
    ].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2023-03-15', 'Jarní koncert filharmonie', 'Moravské divadlo Olomouc'],
      ['2023-03-22', 'Flora Olomouc – jarní etapa', 'Výstaviště Flora Olomouc'],
      ['2023-04-01', 'Noc s Andersenem', 'Arcidiecézní muzeum'],
      ['2023-05-05', 'Festival Beerfest Olomouc', 'Bezručovy sady']
    ])
  })
})

describe('words the page language reads its own way', () => {
  it('reads "Sam." on a French page as samedi, not as a month of another language', () => {
    const page = ['Saison 2024/2025', '', 'Ven. 11 oct. 2024 · 20h30 · Grande salle', 'Le Misanthrope', '', 'Sam. 19 oct. 2024 · 18h · Petite salle', "Contes d'automne"].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2024-10-11', 'Le Misanthrope', 'Grande salle'],
      ['2024-10-19', "Contes d'automne", 'Petite salle']
    ])
  })

  it('reads an exhibition period label (会期) and drops a place label in front of a place', () => {
    const page = ['展覧会・イベント情報', '', '特別展「江戸の地図と旅」', '会期：2024年4月6日（土）～5月12日（日）', '会場：本館 特別展示室', '', '講演会「古文書の読み方入門」', '日時：2024年7月20日（土）14時～15時30分', '会場：講堂'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2024-04-06', '特別展「江戸の地図と旅」', '本館 特別展示室'],
      ['2024-07-20', '講演会「古文書の読み方入門」', '講堂']
    ])
    const library = ['Events at the Public Library', '', 'Thursday, March 7, 2024 | 7:00 PM – 8:30 PM', 'Author Talk: Writing the Great Lakes', 'Location: Main Library, Auditorium', '', 'Tuesday, April 2, 2024 | 6:30 PM', 'Film Screening: The Story of Our City', 'Location: Main Library, Auditorium'].join('\n')
    expect(titlesAndPlaces(library)).toEqual([
      ['2024-03-07', 'Author Talk: Writing the Great Lakes', 'Main Library, Auditorium'],
      ['2024-04-02', 'Film Screening: The Story of Our City', 'Main Library, Auditorium']
    ])
  })
})

describe('more shapes of real pages', () => {
  it('takes "г." and "r." after a year as part of the date', () => {
    const page = ['Научные мероприятия 2019 года', '', '15 марта 2019 г., Москва — Конференция «Архивы и общество»', '', '5 июня 2019 г., Казань — Семинар «Цифровые архивы»'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2019-03-15', 'Конференция «Архивы и общество»', 'Москва'],
      ['2019-06-05', 'Семинар «Цифровые архивы»', 'Казань']
    ])
  })

  it('takes a two-letter weekday of the page language before a date as part of it', () => {
    const page = ['Agenda', '', 'za 12 okt 2019 | 14.00 - 16.00 uur', 'Rondleiding door de collectie', 'Museumzaal 1', '', 'zo 20 okt 2019 | 11.00 uur', 'Familiedag: Maak je eigen prent', 'Atelier'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2019-10-12', 'Rondleiding door de collectie', 'Museumzaal 1'],
      ['2019-10-20', 'Familiedag: Maak je eigen prent', 'Atelier']
    ])
  })

  it('takes a "Venue:" line right under a one-line event as its place', () => {
    const page = ['Meetings', '', 'Cabinet - Tuesday, 14th January, 2020 7.00 pm', 'Venue: Council Chamber, Town Hall', '', 'Cabinet - Tuesday, 11th February, 2020 7.00 pm', 'Venue: Committee Room 1, Town Hall'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2020-01-14', 'Cabinet', 'Council Chamber, Town Hall'],
      ['2020-02-11', 'Cabinet', 'Committee Room 1, Town Hall']
    ])
  })

  it('takes the name from the line above a date line that only says where', () => {
    const page = ['Próximas actividades', '', 'Jornadas de Archivos Municipales', 'Del 10 al 12 de marzo de 2021. Valencia.', 'Organiza: Asociación de Archiveros.', '', 'Encuentro sobre preservación digital', '27 y 28 de mayo de 2021. Madrid.'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2021-03-10', 'Jornadas de Archivos Municipales', 'Valencia'],
      ['2021-05-27', 'Encuentro sobre preservación digital', 'Madrid']
    ])
  })

  it('reads date tiles (a month over a day) and a name above "hour · venue"', () => {
    const page = ['Upcoming Events 2024', '', 'MAR', '12', 'Oral History Training Day', '6:00 PM · Heritage Centre', '', 'APR', '09', 'Talk: Mapping Our Parish', "7:30 PM · St Mary's Church Hall"].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2024-03-12', 'Oral History Training Day', 'Heritage Centre'],
      ['2024-04-09', 'Talk: Mapping Our Parish', "St Mary's Church Hall"]
    ])
  })
})

describe('a fourth round of shapes', () => {
  it('takes an emphasised field as the title, not the speaker beside it', () => {
    const page = ['# Programme 2023', '', '## January', '', '**Monday 16 January** – *The Canals of the Midlands* – talk by Peter Hughes', '', '## February', '', '**Monday 20 February** – *Victorian Schools* – talk by Ann Morris'].join('\n')
    expect(titlesAndPlaces(page).map(([date, title]) => [date, title])).toEqual([
      ['2023-01-16', 'The Canals of the Midlands'],
      ['2023-02-20', 'Victorian Schools']
    ])
  })

  it('names a date line that says nothing else from the line above, and reads "jeweils 19:00 Uhr" as the hour', () => {
    const page = ['Programm Herbst 2022', '', 'Kursnr. 22H-115', 'Familienforschung für Einsteiger', 'Di, 27.09.2022, 18:30–20:00 Uhr', 'VHS-Haus, Raum 204', '', 'Kursnr. 22H-130', 'Alte Schriften lesen', 'Do, 13.10.2022 – Do, 17.11.2022, jeweils 19:00 Uhr', 'Treffpunkt: Rathausplatz'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2022-09-27', 'Familienforschung für Einsteiger', 'VHS-Haus, Raum 204'],
      ['2022-10-13', 'Alte Schriften lesen', 'Rathausplatz']
    ])
  })

  it('takes the name from the line under "hour - venue" in a schedule', () => {
    const page = ['Eventi in città 2019', '', 'Sabato 7 dicembre 2019', 'ore 10.30 - Biblioteca Salaborsa', 'Laboratorio per bambini', '', 'ore 17.00 - Museo civico archeologico', 'Conferenza: Bologna etrusca'].join('\n')
    expect(titlesAndPlaces(page)).toEqual([
      ['2019-12-07', 'Laboratorio per bambini', 'Biblioteca Salaborsa'],
      ['2019-12-07', 'Conferenza: Bologna etrusca', 'Museo civico archeologico']
    ])
  })
})
