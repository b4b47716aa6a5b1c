import { describe, expect, it } from 'vitest'
import type { EventRecord, RecordsEnvelope } from '../../../../shared/record'
import { ParseError } from '../types'
import { parseRecordsJson } from './parseJson'

function record(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 7,
    uid: '5b0c6a3e-2f4e-4c1b-9a53-0f1de2a8c001',
    status: 'active',
    title: 'Study visit to Neuchâtel and Reggio Emilia',
    startDate: '2010-08-30',
    endDate: '2010-09-01',
    dateText: '30 August - 1 September 2010',
    place: 'Neuchâtel (Switzerland)',
    city: 'Neuchâtel',
    country: 'Switzerland',
    countryCode: 'CH',
    notes: 'Two towns.\nSee the report.',
    tags: ['study visit', 'education'],
    warnings: ['two cities'],
    confidence: 0.8,
    batchId: 3,
    sourceFile: 'icc-meetings-and-events.txt',
    sourceLine: 41,
    sourceText: 'Study visit to Neuchâtel and Reggio Emilia\n30 August - 1 September 2010',
    mergedInto: null,
    deletedAt: null,
    createdAt: '2024-03-01T10:00:00.000Z',
    updatedAt: '2024-03-02T11:30:00.000Z',
    version: 4,
    ...overrides
  }
}

function envelope(records: unknown[], overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'curate-records', version: 1, exportedAt: '2024-03-03T00:00:00.000Z', records, ...overrides }, null, 2)
}

function parseError(run: () => unknown): ParseError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError)
    return error as ParseError
  }
  throw new Error('expected a ParseError')
}

describe('parseRecordsJson: the app’s own export', () => {
  it('reads a hand-made envelope losslessly', () => {
    const records = [
      record(),
      record({ id: 8, uid: 'b', status: 'merged', mergedInto: 7, startDate: '2009', endDate: '2009-11', countryCode: null, tags: [] }),
      record({ id: 9, uid: 'c', status: 'trashed', deletedAt: '2024-03-05T09:00:00.000Z', confidence: null, batchId: null })
    ]
    const text = envelope(records)
    const result = parseRecordsJson(text)
    expect(result.format).toBe('json')
    expect(result.skipped).toEqual([])
    expect(result.notices).toEqual([])
    expect(result.records.map((r) => r.original)).toEqual(records)
    // Writing the originals back out gives the same file.
    const back: RecordsEnvelope = { format: 'curate-records', version: 1, exportedAt: '2024-03-03T00:00:00.000Z', records: result.records.map((r) => r.original as EventRecord) }
    expect(JSON.stringify(back, null, 2)).toBe(text)

    const first = result.records[0]
    expect(first).toMatchObject({ title: records[0].title, notes: records[0].notes, tags: records[0].tags, confidence: 0.8, warnings: ['two cities'] })
    expect(first.sourceLine).toBe(6)
    expect(JSON.parse(first.sourceText)).toEqual(records[0])
    expect(result.records[2].confidence).toBe(1)
  })

  it('refuses an export from a newer version', () => {
    const error = parseError(() => parseRecordsJson(envelope([record()], { version: 2 })))
    expect(error.message).toMatch(/newer version of the app \(format version 2\).*reads format version 1 only/)
  })

  it('refuses JSON of the wrong shape with a message that says which', () => {
    expect(parseError(() => parseRecordsJson('42')).message).toMatch(/holds 42, not a records export/)
    expect(parseError(() => parseRecordsJson('{"name":"x"}')).message).toMatch(/no 'format' field and no 'records' list/)
    expect(parseError(() => parseRecordsJson('{"format":"ical","version":1,"records":[]}')).message).toMatch(/'ical' file, not a curate-records export/)
    expect(parseError(() => parseRecordsJson(envelope([], { records: 'none' }))).message).toMatch(/'records' must be a list/)
    expect(parseError(() => parseRecordsJson(envelope([], { version: '1' }))).message).toMatch(/version must be a whole number/)
    expect(parseError(() => parseRecordsJson('[1, 2, 3]')).message).toMatch(/list of 1 values, not of records/)
  })

  it('skips records of the wrong shape, naming record and field', () => {
    const text = envelope([record(), record({ uid: 'x', startDate: '2020-13-01', countryCode: 'fr' }), { ...record({ uid: 'y' }), tags: 'a' }])
    const result = parseRecordsJson(text)
    expect(result.records).toHaveLength(1)
    expect(result.skipped.map((s) => s.reason)).toEqual([
      "record 2: startDate must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD), not '2020-13-01'; countryCode must be an ISO 3166-1 alpha-2 code such as FR (two capital letters), not 'fr'",
      "record 3: tags must be a list, not 'a'"
    ])
    // 5 envelope lines, then record 1 takes 31 lines.
    expect(result.skipped[0].line).toBe(37)
  })

  it('refuses an export whose records all have the wrong shape', () => {
    const bad = { ...record(), title: undefined, version: 0 }
    const error = parseError(() => parseRecordsJson(envelope([bad, { ...bad, id: 'x' }])))
    expect(error.message).toMatch(/no record in the export has the right shape: record 1: title is missing; version must be at least 1, not 0; record 2: id must be a number, not 'x'/)
    expect(error.line).toBe(6)
  })

  it('notes unknown fields and repeated uids', () => {
    const result = parseRecordsJson(envelope([{ ...record(), colour: 'red' }, record()]))
    expect(result.records).toHaveLength(2)
    expect(result.records[0].original).not.toHaveProperty('colour')
    expect(result.notices).toEqual(['record 2 has the same uid as record 1', "field 'colour' is not one this version knows; ignored in 1 record"])
  })

  it('reads an empty export with a notice', () => {
    expect(parseRecordsJson(envelope([]))).toEqual({ format: 'json', records: [], skipped: [], notices: ['the export holds no records'] })
  })
})

describe('parseRecordsJson: invalid JSON', () => {
  it.each([
    ['{\n  "format": "curate-records",\n  "version": 1\n  "records": []\n}', 4, /column 3: expected ',' or '}'/],
    ['[\n {"title": "A"},\n]', 3, /column 1: unexpected '\]': a value is missing/],
    ['{"title": "A\nB"}', 1, /line break or control character inside a string/],
    ['[{"title": "A"}', 1, /ends in the middle/],
    ["{'title': 'A'}", 1, /column 2: expected a property name in double quotes/],
    ['{"a": 1} x', 1, /column 10: unexpected 'x' after the end/]
  ])('names line and column of the syntax error in %j', (text, line, message) => {
    const error = parseError(() => parseRecordsJson(text))
    expect(error.line).toBe(line)
    expect(error.message).toMatch(/invalid JSON/)
    expect(error.message).toMatch(message)
  })

  it('survives deep nesting without a stack overflow', () => {
    const error = parseError(() => parseRecordsJson('['.repeat(200_000)))
    expect(error.message).toMatch(/ends in the middle/)
  })
})

describe('parseRecordsJson: plain list of objects', () => {
  it('reads record-like keys in several spellings', () => {
    const text = JSON.stringify([
      { title: 'Seminar', startDate: '2011-06-03', endDate: '2011-06-04', place: 'Rome, Italy', tags: ['law', 'history'], notes: 'n' },
      { name: 'Colloque', date: '12 mai 2010', lieu: 'Paris (France)' },
      { date: '2012' }
    ], null, 1)
    const result = parseRecordsJson(text)
    expect(result.records.map((r) => [r.title, r.startDate, r.endDate, r.countryCode, r.tags])).toEqual([
      ['Seminar', '2011-06-03', '2011-06-04', 'IT', ['law', 'history']],
      ['Colloque', '2010-05-12', '2010-05-12', 'FR', []]
    ])
    expect(result.records[0].original).toBeUndefined()
    expect(result.records[1].sourceLine).toBe(13)
    expect(result.skipped).toEqual([{ line: 18, text: '{\n  "date": "2012"\n }', reason: 'record 3: no title' }])
  })

  it('names the record and the field holding a value of the wrong type, instead of reading it as empty', () => {
    const result = parseRecordsJson(JSON.stringify([{ title: 'A', startDate: { x: 1 } }, { title: 'B', date: '2010', place: [{ city: 'Rome' }] }, { title: 'C', date: '2011', extra: { ignored: true } }]))
    expect(result.records.map((r) => r.title)).toEqual(['C'])
    expect(result.skipped.map((s) => s.reason)).toEqual([
      'record 1: "startDate" must be text, a number or a list of them, not an object',
      'record 2: "place" must be text, a number or a list of them, not a list'
    ])
  })

  it('reads { records: [...] } without a format as plain records', () => {
    const result = parseRecordsJson('{"records":[{"title":"A","date":"2010"}]}')
    expect(result.records[0]).toMatchObject({ title: 'A', startDate: '2010' })
    expect(result.notices[0]).toMatch(/no 'format' field/)
  })
})
