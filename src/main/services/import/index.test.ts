import { describe, expect, it } from 'vitest'
import { CancelledError, detectFormat, MAX_INPUT_BYTES, parseInput } from './index'
import { ParseError } from './types'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function parseError(run: () => unknown): ParseError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError)
    return error as ParseError
  }
  throw new Error('expected a ParseError')
}

const LISTING = ['Meetings and events', '', 'Annual meeting of archivists', '12 May 2010', 'Paris, France', '', 'Seminar on records', '3 June 2011', 'Rome (Italy)', ''].join('\n')

describe('parseInput: dispatch', () => {
  it('reads listing text from bytes', () => {
    const result = parseInput(utf8(LISTING), { fileName: 'events.txt' })
    expect(result.format).toBe('text')
    // The reading itself is the text importer's business (tested there); here: it was dispatched to.
    expect(result.records.map((r) => r.startDate)).toEqual(['2010-05-12', '2011-06-03'])
  })

  it('reads CSV detected from content and from the extension', () => {
    const csv = 'Title;Date;Place\nAnnual meeting;12 May 2010;Paris\n'
    expect(parseInput(csv).format).toBe('csv')
    expect(parseInput(utf8(csv), { fileName: 'x.csv' }).records[0].title).toBe('Annual meeting')
    // .tsv means tab-separated even when another delimiter would split more.
    const tsv = parseInput(utf8('title\tnotes\nA\ta;b;c\n'), { fileName: 'x.tsv' })
    expect(tsv.records[0]).toMatchObject({ title: 'A', notes: 'a;b;c' })
  })

  it('reads JSON detected from content', () => {
    const result = parseInput('[{"title":"A","startDate":"2010-05-12","place":"Oslo"}]')
    expect(result.format).toBe('json')
    expect(result.records[0]).toMatchObject({ title: 'A', startDate: '2010-05-12', city: 'Oslo' })
  })

  it('lets options.format override detection', () => {
    expect(detectFormat('Title;Date\nA;2010')).toBe('csv')
    const forced = parseInput('Title;Date\nAnnual meeting;12 May 2010', { format: 'text' })
    expect(forced.format).toBe('text')
  })

  it('puts decoding notices first, decoding Windows-1252 correctly', () => {
    const bytes = new Uint8Array([...utf8('Titre;Date;Lieu\n'), 0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e, ...utf8(';2010;'), 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68, 0x0a])
    const result = parseInput(bytes, { fileName: 'old.csv' })
    expect(result.records[0]).toMatchObject({ title: 'Réunion', city: 'Zürich' })
    expect(result.notices[0]).toMatch(/not UTF-8; read as Windows-1252/)
  })

  it('reads UTF-16 with a byte order mark', () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from('Titel\tDatum\tOrt\nTagung\t2010-05-12\tKöln\n', 'utf16le'))])
    const result = parseInput(bytes)
    expect(result.format).toBe('csv')
    expect(result.records[0]).toMatchObject({ title: 'Tagung', city: 'Köln' })
  })

  it('passes cancellation through', () => {
    const csv = 'title,date\n' + 'A,2010\n'.repeat(3000)
    expect(() => parseInput(csv, { onProgress: () => true })).toThrow(CancelledError)
  })
})

describe('parseInput: bad input gives a ParseError naming the problem', () => {
  it('empty file', () => {
    expect(parseError(() => parseInput(new Uint8Array())).message).toBe('the file is empty')
    expect(parseError(() => parseInput('')).message).toBe('the file is empty')
  })

  it('binary file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3])
    const error = parseError(() => parseInput(png, { fileName: 'photo.png' }))
    expect(error.message).toMatch(/looks binary.*NUL/)
    expect(error.line).toBe(3)
  })

  it('text with no dates at all', () => {
    const error = parseError(() => parseInput('Our archive\nA list of things\n\nNothing dated here\n'))
    expect(error.message).toMatch(/^no events found: none of the 3 lines has a date/)
  })

  it('CSV with mostly ragged rows', () => {
    const error = parseError(() => parseInput('title,date,place\nA,2010\nB\nC,2012,x,y\n', { fileName: 'a.csv' }))
    expect(error.message).toMatch(/most rows \(3 of 3\)/)
    expect(error.line).toBe(2)
  })

  it('JSON of the wrong shape and from a newer version', () => {
    expect(parseError(() => parseInput('{"format":"curate-records","version":1,"records":{}}')).message).toMatch(/'records' must be a list/)
    expect(parseError(() => parseInput('{"format":"curate-records","version":3,"records":[]}')).message).toMatch(/newer version/)
    const syntax = parseError(() => parseInput('{\n"format": "curate-records",\n"version": 1,,\n}', { fileName: 'x.json' }))
    expect(syntax.line).toBe(3)
  })

  it('input over the size limit', () => {
    expect(parseError(() => parseInput(new Uint8Array(MAX_INPUT_BYTES + 10))).message).toMatch(/too large.*limit is 64 MB/)
  })
})

describe('parseInput: a 50 MB file', () => {
  it('is accepted and read in one linear pass', () => {
    const notes = 'Minutes of the meeting, with a long description of the sessions. '.repeat(30)
    const rows: string[] = ['Title,Date,Place,Notes']
    const row = (i: number): string => `Meeting ${i},${2000 + (i % 25)}-05-12,"Paris, France","${notes}"`
    let size = 0
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const line = row(i)
      rows.push(line)
      size += line.length + 1
    }
    const bytes = utf8(rows.join('\n'))
    expect(bytes.length).toBeGreaterThan(50 * 1024 * 1024)
    const result = parseInput(bytes, { fileName: 'big.csv' })
    expect(result.records).toHaveLength(rows.length - 1)
    expect(result.records.at(-1)).toMatchObject({ title: `Meeting ${rows.length - 2}`, sourceLine: rows.length })
  })
})
