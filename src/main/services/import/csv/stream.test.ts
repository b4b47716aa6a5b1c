import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateListings, renderAsCsv } from '../../../../../test/generator'
import { ParseError } from '../types'
import { parseCsv } from './parseCsv'
import { CsvStream, type CsvStreamOptions } from './stream'

/** The stream fed `text` cut at `cuts` (offsets), gathered into one result like parseCsv's. */
function streamed(text: string, cuts: number[], options: CsvStreamOptions = {}) {
  const stream = new CsvStream(options)
  const records = []
  const skipped = []
  let from = 0
  for (const cut of [...new Set(cuts)].sort((a, b) => a - b)) {
    const batch = stream.push(text.slice(from, cut))
    records.push(...batch.records)
    skipped.push(...batch.skipped)
    from = cut
  }
  const last = stream.push(text.slice(from))
  const rest = stream.end()
  records.push(...last.records, ...rest.records)
  skipped.push(...last.skipped, ...rest.skipped)
  return { format: 'csv', records, skipped, notices: stream.notices, columns: stream.columns }
}

const everyFew = (text: string, size: number): number[] => Array.from({ length: Math.floor(text.length / size) }, (_, i) => (i + 1) * size)

const TRICKY = [
  // quoted fields with line breaks, escaped quotes, CRLF, blank rows, a ragged row, text after a closing quote
  'title,start,end,place,notes\r\n"Meeting on ""water""",2019-05-01,2019-05-02,"Bern, Switzerland","two\r\nlines"\r\n\r\nSummit,2020-01-10,,Paris,"a"b\r\nRagged,2020-02-02\r\nLast,2021-03-03,2021-03-04,Rome,end',
  // Excel's sep= line, semicolons, a byte order mark, a lone CR line break
  '\ufeffsep=;\ntitle;date;place\nA;12 May 2010;Bern\rB;13 May 2010;Basel\n',
  // no header: columns guessed from content
  'Water forum,2019-05-01,Bern\nAir forum,2019-06-01,Basel\nEarth forum,2019-07-01,Geneva\n',
  // a stray quote that never closes
  'title,date\n"Open quote,2019-01-01\nNext,2019-01-02\n',
  // a row of nothing but a title with the rest empty; a trailing empty field
  'title,date,place\nOnly title,,\nWith date,2019-01-01,Rome,\n'
]

describe('CSV read as a stream (CsvStream)', () => {
  it('gives what parseCsv gives on the whole text, however the text is cut', () => {
    for (const text of TRICKY) {
      const whole = parseCsv(text)
      for (const size of [1, 2, 3, 7, 64, 100_000]) expect(streamed(text, everyFew(text, size))).toEqual(whole)
      fc.assert(
        fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
          expect(streamed(text, cuts)).toEqual(whole)
        }),
        { numRuns: 200 }
      )
    }
  })

  it('gives the same 3,000 generated records, with their lines and source texts, from pieces of 4 KB to 1 MB', () => {
    const text = renderAsCsv(generateListings({ seed: 5, count: 3000 }).records)
    const whole = parseCsv(text)
    expect(whole.records.length).toBeGreaterThan(2900)
    for (const size of [4096, 65_536, 1 << 20]) expect(streamed(text, everyFew(text, size))).toEqual(whole)
  })

  it('keeps a column map, a year and a delimiter asked for', () => {
    const text = 'a|b|c\nMeeting|12 May|Bern\nForum|13 May|Basel\n'
    const options = { delimiter: '|', year: 2018, columnMap: ['title', 'startDate', 'place'] }
    expect(streamed(text, everyFew(text, 5), options)).toEqual(parseCsv(text, options))
  })

  it('names the line of a parse error, counted across pieces', () => {
    const rows = Array.from({ length: 500 }, (_, i) => `Event ${i},2019-01-01`)
    const ragged = `title,date\n${rows.join('\n')}\n${Array.from({ length: 600 }, () => 'a,b,c').join('\n')}\n`
    expect(() => streamed(ragged, everyFew(ragged, 1000))).toThrow(/^line 502: most rows \(600 of 1100\)/)
    const long = `title,date\nA,2019-01-01\nB,${'x'.repeat(100_001)}\n`
    let error: unknown
    try {
      streamed(long, everyFew(long, 4096))
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ParseError)
    expect((error as ParseError).line).toBe(3)
    expect(() => streamed('\n\n  \n', [1, 2])).toThrow(/the file holds no rows/)
    expect(() => streamed('title,date\n', [3])).toThrow(/header row but no rows of data/)
  })

  it('holds only the piece in hand: a megabyte of rows gives its records as it goes', () => {
    const stream = new CsvStream()
    const row = 'Water forum on rivers and lakes,2019-05-01,Bern\n'
    let records = stream.push(`title,date,place\n${row.repeat(3000)}`).records.length
    for (let i = 0; i < 20; i++) {
      records += stream.push(row.repeat(1000)).records.length
      // What waits for the next piece is at most one row.
      expect((stream as unknown as { pending: string }).pending.length).toBeLessThan(row.length)
    }
    records += stream.end().records.length
    expect(records).toBe(23_000)
  })
})
