import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../csv'
import { parseInput } from '../index'
import { parseRecordsJson } from '../json'
import { ParseError } from '../types'
import { CancelledError } from './cancelled'
import { decodeInput } from './decode'

/** The only failure an importer may show the archivist is a ParseError (CancelledError is one too). */
function onlyParseErrors(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    if (!(error instanceof ParseError || error instanceof CancelledError)) throw error
    expect(error.message.length).toBeGreaterThan(0)
  }
}

/** Text made of the characters that matter to the parsers, so the odd cases come up often. */
const csvish = fc
  .array(fc.constantFrom('"', ',', ';', '\t', '|', '\n', '\r\n', '\r', ' ', 'a', 'Title', 'date', '12 May 2010', '2010-05-12', 'Paris, France', '{', '[', 'é', '\u0000'), { maxLength: 60 })
  .map((parts) => parts.join(''))

const bytes = fc.uint8Array({ maxLength: 2000 })
const anyText = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), csvish)

describe('no input makes an importer throw anything but a ParseError', () => {
  it('decodeInput, on random bytes', () => {
    fc.assert(fc.property(bytes, (input) => onlyParseErrors(() => decodeInput(input))), { numRuns: 500 })
  })

  it('parseInput, on random bytes and random text, in every format', () => {
    const format = fc.constantFrom('auto', 'text', 'csv', 'json') as fc.Arbitrary<'auto' | 'text' | 'csv' | 'json'>
    fc.assert(fc.property(fc.oneof(bytes, anyText), format, (input, f) => onlyParseErrors(() => parseInput(input, { format: f }))), { numRuns: 400 })
  })

  it('parseCsv, on random text with each delimiter', () => {
    const delimiter = fc.constantFrom(undefined, ',', ';', '\t', '|')
    fc.assert(fc.property(anyText, delimiter, (text, d) => onlyParseErrors(() => parseCsv(text, d === undefined ? {} : { delimiter: d }))), { numRuns: 500 })
  })

  it('parseCsv gives every record a line that exists and text found on it', () => {
    fc.assert(
      fc.property(csvish, (text) => {
        try {
          const lines = text.split(/\r\n|\r|\n/)
          for (const record of parseCsv(`title,date\n${text}`, { delimiter: ',' }).records) {
            expect(record.sourceLine).toBeGreaterThanOrEqual(2)
            expect(record.sourceLine).toBeLessThanOrEqual(lines.length + 1)
            const firstLine = record.sourceText.split(/\r\n|\r|\n/)[0]
            expect(lines[record.sourceLine - 2].startsWith(firstLine)).toBe(true)
          }
        } catch (error) {
          if (!(error instanceof ParseError)) throw error
        }
      }),
      { numRuns: 500 }
    )
  })

  it('parseRecordsJson, on random text, random JSON and envelopes of random records', () => {
    const envelope = fc.record({
      format: fc.constantFrom('curate-records', 'other'),
      version: fc.oneof(fc.constant(1), fc.integer(), fc.string()),
      records: fc.array(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('title', 'startDate', 'uid', 'id', 'tags', 'date', 'place'), fc.anything())))
    })
    const json = fc.oneof(fc.json(), envelope.map((e) => JSON.stringify(e)), fc.anything().map((v) => JSON.stringify(v) ?? 'null'))
    fc.assert(fc.property(fc.oneof(anyText, json), (text) => onlyParseErrors(() => parseRecordsJson(text))), { numRuns: 500 })
  })
})
