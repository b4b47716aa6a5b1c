import { describe, expect, it } from 'vitest'
import { CancelledError } from '../input/cancelled'
import { ParseError } from '../types'
import { parseCsv } from './parseCsv'

function catchError(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected an error')
}

describe('parseCsv: layout', () => {
  it('detects a header row and maps its columns', () => {
    const result = parseCsv('Title,Date,Location,Organiser\nAnnual meeting,12 May 2010,"Paris, France",ICC\n')
    expect(result.format).toBe('csv')
    expect(result.columns).toEqual([
      { header: 'Title', field: 'title' },
      { header: 'Date', field: 'date' },
      { header: 'Location', field: 'place' },
      { header: 'Organiser', field: null }
    ])
    expect(result.records).toHaveLength(1)
    expect(result.records[0]).toMatchObject({
      title: 'Annual meeting',
      startDate: '2010-05-12',
      endDate: '2010-05-12',
      dateText: '12 May 2010',
      place: 'Paris, France',
      city: 'Paris',
      country: 'France',
      countryCode: 'FR',
      sourceLine: 2,
      sourceText: 'Annual meeting,12 May 2010,"Paris, France",ICC',
      warnings: []
    })
  })

  it('reads a file without a header, guessing columns from content', () => {
    const result = parseCsv('Conference A,12 May 2010,Paris\nMeeting B,3 June 2011,Berlin\n')
    expect(result.columns?.map((c) => c.field)).toEqual(['title', 'date', 'place'])
    expect(result.records.map((r) => [r.title, r.startDate, r.sourceLine])).toEqual([
      ['Conference A', '2010-05-12', 1],
      ['Meeting B', '2011-06-03', 2]
    ])
    expect(result.notices.join()).toMatch(/not a header/)
  })

  it('takes a first row of unknown names for a header when the columns below hold numbers or dates', () => {
    const result = parseCsv('Onderwerp|Wanneer|Waar\nJaarvergadering|2010-05-12|Utrecht\nStudiedag|2011-06-03|Gent\n')
    expect(result.columns).toEqual([
      { header: 'Onderwerp', field: 'title' },
      { header: 'Wanneer', field: 'date' },
      { header: 'Waar', field: 'place' }
    ])
    expect(result.records.map((r) => r.sourceLine)).toEqual([2, 3])
    expect(result.notices.join()).toMatch(/column names are not ones the importer knows/)
  })

  it.each([
    ['semicolon', ';'],
    ['tab', '\t'],
    ['pipe', '|']
  ])('detects the %s delimiter', (_name, d) => {
    const text = [`Titel${d}Datum${d}Ort`, `Tagung, Teil 1${d}2010-05-12${d}Wien`, `Kolloquium${d}2011-06-03${d}Bern`].join('\n')
    const result = parseCsv(text)
    expect(result.records.map((r) => [r.title, r.startDate, r.city])).toEqual([
      ['Tagung, Teil 1', '2010-05-12', 'Wien'],
      ['Kolloquium', '2011-06-03', 'Bern']
    ])
  })

  it('gives each row the physical line it starts on, across quoted line breaks', () => {
    const text = 'title,date,notes\r\n"Two-line\r\ntitle",2010-01-02,"a\nb\nc"\nNext,2011,plain\n\n"Last",2012,x'
    const result = parseCsv(text)
    expect(result.records.map((r) => [r.title, r.sourceLine])).toEqual([
      ['Two-line title', 2],
      ['Next', 6],
      ['Last', 8]
    ])
    expect(result.records[0].notes).toBe('a\nb\nc')
    expect(result.records[0].sourceText).toBe('"Two-line\r\ntitle",2010-01-02,"a\nb\nc"')
  })

  it('lets columnMap override the detected mapping by index', () => {
    const text = 'Name,Organiser,When\nMeeting,Archives Office,2010-05-12\n'
    expect(parseCsv(text).records[0].notes).toBeNull()
    const result = parseCsv(text, { columnMap: ['title', 'notes', 'date'] })
    expect(result.columns?.map((c) => c.field)).toEqual(['title', 'notes', 'date'])
    expect(result.records[0]).toMatchObject({ title: 'Meeting', notes: 'Archives Office', startDate: '2010-05-12' })
    const ignored = parseCsv(text, { columnMap: [null, 'title', null] })
    expect(ignored.records[0]).toMatchObject({ title: 'Archives Office', startDate: null, warnings: ['no date', 'no place'] })
  })

  it('refuses a columnMap naming an unknown field', () => {
    const error = catchError(() => parseCsv('a,b\nc,d', { columnMap: ['title', 'colour'] }))
    expect(error).toBeInstanceOf(ParseError)
    expect(String(error)).toMatch(/column map entry 2 names an unknown field 'colour'/)
  })

  it('follows an Excel "sep=" line and keeps physical line numbers', () => {
    const result = parseCsv('sep=|\r\ntitle|date\r\nA, B; C|2010\r\n')
    expect(result.records[0]).toMatchObject({ title: 'A, B; C', startDate: '2010', sourceLine: 3 })
  })

  it('uses the delimiter given in options', () => {
    const text = 'title;notes,more\nA;b,c\nD;e,f\n'
    expect(parseCsv(text).columns?.map((c) => c.header)).toEqual(['title', 'notes,more'])
    const forced = parseCsv(text, { delimiter: ',' })
    expect(forced.records.map((r) => r.title)).toEqual(['title;notes', 'A;b', 'D;e'])
  })
})

describe('parseCsv: values', () => {
  it('reads start and end columns holding ISO or text dates', () => {
    const text = 'title,from,to\nA,2010-08-30,1 September 2010\nB,3 June 2011,\nC,2012-05-05,2012-05-01\n'
    const [a, b, c] = parseCsv(text).records
    expect(a).toMatchObject({ startDate: '2010-08-30', endDate: '2010-09-01', dateText: '2010-08-30 – 1 September 2010' })
    expect(b).toMatchObject({ startDate: '2011-06-03', endDate: '2011-06-03', dateText: '3 June 2011' })
    expect(c.warnings).toContain('end before start')
  })

  it('writes warnings in words and lowers confidence', () => {
    const text = 'title,date,country,place\nNo date,,France,Paris\nUnknown,2010,Xyz,Somewhere\nNowhere,2010,,\nBad date,soon,,Rome\n'
    const [noDate, unknown, nowhere, bad] = parseCsv(text).records
    expect(noDate.warnings).toEqual(['no date'])
    expect(unknown.warnings).toEqual(["unknown country 'Xyz'"])
    expect(unknown.country).toBe('Xyz')
    expect(nowhere.warnings).toEqual(['no place'])
    expect(bad.warnings).toEqual(["date not understood: 'soon'", 'country inferred from the city name'])
    expect(bad.countryCode).toBe('IT')
    expect(bad.dateText).toBe('soon')
    for (const record of [noDate, unknown, nowhere, bad]) expect(record.confidence).toBeLessThan(1)
  })

  it('resolves a country column and lets a city column override the place’s city', () => {
    const [record] = parseCsv('title,date,venue,town,land\nX,2010,Palais des Nations,Genève,Schweiz\n').records
    expect(record).toMatchObject({ place: 'Palais des Nations', city: 'Genève', countryCode: 'CH' })
  })

  it('reads a bare town’s country from the gazetteer, saying so, and warns of a shared name', () => {
    const { records } = parseCsv('title,date,place\nA,2010,Bari\nB,2011,"Minneapolis, MN"\nC,2012,Valencia\nD,2013,"Bari, Italy"\n')
    expect(records[0]).toMatchObject({ city: 'Bari', countryCode: 'IT', warnings: ['country inferred from the city name'] })
    expect(records[1]).toMatchObject({ city: 'Minneapolis', countryCode: 'US', warnings: ['country inferred from the city name'] })
    expect(records[2]?.warnings).toEqual(['country inferred from the city name', "'Valencia' is also a town in other countries: read as Venezuela"])
    expect(records[3]).toMatchObject({ city: 'Bari', countryCode: 'IT', warnings: [] })
  })

  it('splits tags and joins several notes columns', () => {
    const [record] = parseCsv('title,date,place,tags,notes,remarks\nX,2010,Rome,"law; history, law",first,second\n').records
    expect(record.tags).toEqual(['law', 'history'])
    expect(record.notes).toBe('first\nsecond')
  })

  it('skips a row without a title, naming its line', () => {
    const result = parseCsv('title,date\nA,2010\n,2011\nB,2012\n')
    expect(result.records.map((r) => r.title)).toEqual(['A', 'B'])
    expect(result.skipped).toEqual([{ line: 3, text: ',2011', reason: 'no title' }])
  })
})

describe('parseCsv: bad input', () => {
  it('skips a ragged row with a reason naming its line, keeping trailing empty fields', () => {
    const text = 'title,date,place\nA,2010,Rome\nB,2011\nC,2012,Paris,extra\nD,2013,Oslo,,\nE,2014,Bern\n'
    const result = parseCsv(text)
    expect(result.records.map((r) => r.title)).toEqual(['A', 'D', 'E'])
    expect(result.skipped).toEqual([
      { line: 3, text: 'B,2011', reason: '2 fields where the header has 3' },
      { line: 4, text: 'C,2012,Paris,extra', reason: '4 fields where the header has 3' }
    ])
  })

  it('refuses a file where most rows are ragged, naming the first', () => {
    const text = 'title;date;place\nA;2010;Rome\nB;2011\nC\nD;2013;x;y\n'
    const error = catchError(() => parseCsv(text))
    expect(error).toBeInstanceOf(ParseError)
    expect((error as ParseError).line).toBe(3)
    expect((error as ParseError).message).toMatch(/most rows \(3 of 4\) do not have the 3 fields.*semicolon/)
  })

  it('refuses a header without data and a file of blank rows', () => {
    expect(String(catchError(() => parseCsv('title,date\n\n')))).toMatch(/header row but no rows of data/)
    expect(String(catchError(() => parseCsv(',,\n\n')))).toMatch(/no rows/)
  })

  it('stops when onProgress asks to cancel', () => {
    const text = 'title,date\n' + 'A,2010\n'.repeat(5000)
    const shares: number[] = []
    const error = catchError(() => parseCsv(text, { onProgress: (share) => (shares.push(share), share > 0.3) }))
    expect(error).toBeInstanceOf(CancelledError)
    expect(shares[0]).toBe(0)
  })

  it('reports progress up to 1 when not cancelled', () => {
    const shares: number[] = []
    parseCsv('title,date\n' + 'A,2010\n'.repeat(5000), { onProgress: (share) => void shares.push(share) })
    expect(shares.at(-1)).toBe(1)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
  })
})
