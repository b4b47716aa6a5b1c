import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { readingOf, row } from './testing'

describe('weekday and month names in seven languages', () => {
  it('reads a multilingual city agenda', () => {
    const text = [
      'Agenda culturel',
      '',
      'mardi 12 mars 2019',
      'Rencontre des villes interculturelles',
      'Lyon (France)',
      '',
      '14. März 2019',
      'Fachtagung Integration',
      'Berlin, Deutschland',
      '',
      '12 de marzo de 2019',
      'Jornada sobre diversidad',
      'Madrid, España',
      '',
      '3 maggio 2019',
      'Convegno sulle città',
      'Torino, Italia',
      '',
      '5 de maio de 2019',
      'Encontro de cidades',
      'Lisboa, Portugal',
      '',
      '3 mei 2019',
      'Netwerkbijeenkomst',
      'Utrecht, Nederland',
      '',
      'du 3 au 4 juin 2016',
      'Université d’été',
      'Neuchâtel, Suisse'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(3, 'Rencontre des villes interculturelles', '2019-03-12', '2019-03-12', 'Lyon (France)', 'Lyon', 'France', 'FR'),
      row(7, 'Fachtagung Integration', '2019-03-14', '2019-03-14', 'Berlin, Deutschland', 'Berlin', 'Germany', 'DE'),
      row(11, 'Jornada sobre diversidad', '2019-03-12', '2019-03-12', 'Madrid, España', 'Madrid', 'Spain', 'ES'),
      row(15, 'Convegno sulle città', '2019-05-03', '2019-05-03', 'Torino, Italia', 'Torino', 'Italy', 'IT'),
      row(19, 'Encontro de cidades', '2019-05-05', '2019-05-05', 'Lisboa, Portugal', 'Lisboa', 'Portugal', 'PT'),
      row(23, 'Netwerkbijeenkomst', '2019-05-03', '2019-05-03', 'Utrecht, Nederland', 'Utrecht', 'Netherlands', 'NL'),
      row(27, 'Université d’été', '2016-06-03', '2016-06-04', 'Neuchâtel, Suisse', 'Neuchâtel', 'Switzerland', 'CH')
    ])
    expect(result.skipped).toEqual([{ line: 1, text: 'Agenda culturel', reason: 'heading' }])
  })
})

describe('years from headings, from the caller, or none', () => {
  const yearless = ['12 March', 'Opening session', 'Brussels (Belgium)', '', '3-4 May', 'Workshop on housing', 'Online'].join('\n')

  it('carries a heading year to the dates below it', () => {
    const result = parseListingText(`Programme 2018\n\n${yearless}`)
    expect(result.records.map(readingOf)).toEqual([
      row(3, 'Opening session', '2018-03-12', '2018-03-12', 'Brussels (Belgium)', 'Brussels', 'Belgium', 'BE'),
      row(7, 'Workshop on housing', '2018-05-03', '2018-05-04', 'Online', null, null, null)
    ])
    for (const r of result.records) expect(r.warnings).toContain("year taken from heading 'Programme 2018'")
    expect(result.skipped).toEqual([{ line: 1, text: 'Programme 2018', reason: 'heading' }])
  })

  it('follows a new heading year further down a one-line listing', () => {
    const text = ['Meetings in 2016', '12 March – Opening session – Brussels', 'Meetings in 2017', '3 May – Closing session – Ghent, Belgium'].join('\n')
    const result = parseListingText(text)
    expect(result.records.map((r) => [r.title, r.startDate, r.place])).toEqual([
      ['Opening session', '2016-03-12', 'Brussels'],
      ['Closing session', '2017-05-03', 'Ghent, Belgium']
    ])
    expect(result.records[1]?.warnings).toContain("year taken from heading 'Meetings in 2017'")
  })

  it('uses options.year where nothing gives one, and says so', () => {
    const result = parseListingText(yearless, { year: 2021 })
    expect(result.records.map((r) => [r.startDate, r.endDate])).toEqual([
      ['2021-03-12', '2021-03-12'],
      ['2021-05-03', '2021-05-04']
    ])
    expect(result.records[0]?.warnings).toContain('year 2021 assumed: the text gives none')
  })

  it('never takes a year from the clock', () => {
    const result = parseListingText(yearless)
    expect(result.records.map((r) => [r.dateText, r.startDate, r.endDate])).toEqual([
      ['12 March', null, null],
      ['3-4 May', null, null]
    ])
    expect(result.records[0]?.warnings).toContain('no year in the date: set one or give a default year')
  })

  it('returns no records and every line skipped when nothing is a date', () => {
    const result = parseListingText('Hello world\n\nThis is a page about cities.\nBack to top')
    expect(result.records).toEqual([])
    expect(result.skipped.map((s) => s.line)).toEqual([1, 3, 4])
    expect(result.notices).toHaveLength(1)
  })

  it('reads empty text as nothing', () => {
    expect(parseListingText('')).toEqual({ format: 'text', records: [], skipped: [], notices: [] })
  })
})
