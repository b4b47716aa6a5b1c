import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CSV_COLUMNS, csvField, inertCell, renderCsv } from './csv'
import { ExportError } from './errors'
import { collect, generateRecords, makeRecord } from './testSupport/records'

function parse(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { newline: '\r\n', skipEmptyLines: false })
  expect(result.errors).toEqual([])
  return result.data
}

describe('CSV export', () => {
  it('writes a header of field names and the default columns in order', () => {
    const text = collect(renderCsv([makeRecord()]))
    const [header, row] = parse(text.replace(/\r\n$/, ''))
    expect(header).toEqual([...DEFAULT_CSV_COLUMNS])
    expect(row).toEqual([
      '1',
      '6f1c2a3e-0b4d-4c5e-9f60-1a2b3c4d5e6f',
      'International Meeting on Water',
      '2015-10-29',
      '2015-10-30',
      '29-30 October 2015',
      'Neuchâtel (Switzerland)',
      'Neuchâtel',
      'Switzerland',
      'CH',
      'water; meeting',
      'Hosted by the university.',
      'listing.txt',
      '12'
    ])
  })

  it('ends every line with CRLF, including the last', () => {
    const text = collect(renderCsv([makeRecord(), makeRecord({ id: 2 })]))
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.split('\r\n')).toHaveLength(4)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('quotes fields with quotes, commas, CR or LF and doubles the quotes', () => {
    expect(csvField('plain text')).toBe('plain text')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('one\ntwo')).toBe('"one\ntwo"')
    expect(csvField('one\rtwo')).toBe('"one\rtwo"')
  })

  it('reads back exactly, whatever the text (property); formula-like cells only gain the leading apostrophe', () => {
    const guarded = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 1, maxLength: 5 }), (tags) => {
        const record = makeRecord({ title: tags.join(''), notes: tags.join('\r\n"') })
        const text = collect(renderCsv([record], { columns: ['title', 'notes'] }))
        expect(parse(text.slice(0, -2))[1]).toEqual([guarded(record.title), guarded(record.notes!)])
        const verbatim = collect(renderCsv([record], { columns: ['title', 'notes'], formulaGuard: false }))
        expect(parse(verbatim.slice(0, -2))[1]).toEqual([record.title, record.notes])
      })
    )
  })

  it('keeps formula-like values verbatim when the formula guard is off (data for other programs)', () => {
    const record = makeRecord({ title: '=HYPERLINK("x")', notes: '-30% budget' })
    const rows = parse(collect(renderCsv([record], { columns: ['title', 'notes'], formulaGuard: false })).slice(0, -2))
    expect(rows[1]).toEqual(['=HYPERLINK("x")', '-30% budget'])
  })

  it('starts with a BOM only when asked', () => {
    expect(collect(renderCsv([makeRecord()], { bom: true })).startsWith('\uFEFFid,uid,')).toBe(true)
    expect(collect(renderCsv([makeRecord()])).startsWith('id,uid,')).toBe(true)
  })

  it('uses the chosen columns, order and tag separator; nulls are empty', () => {
    const record = makeRecord({ tags: ['a', 'b c'], place: null, warnings: ['no place', 'guessed year'] })
    const text = collect(renderCsv([record], { columns: ['tags', 'place', 'title', 'warnings', 'confidence'], tagSeparator: '|' }))
    expect(parse(text.slice(0, -2))).toEqual([
      ['tags', 'place', 'title', 'warnings', 'confidence'],
      ['a|b c', '', 'International Meeting on Water', 'no place|guessed year', '0.9']
    ])
  })

  it('rejects unknown or empty column lists', () => {
    expect(() => collect(renderCsv([], { columns: ['title', 'nope' as 'title'] }))).toThrow(ExportError)
    expect(() => collect(renderCsv([], { columns: [] }))).toThrow(/no columns/)
  })

  it('writes only the header for no records', () => {
    expect(collect(renderCsv([], { columns: ['id', 'title'] }))).toBe('id,title\r\n')
  })

  it('batches many records per chunk and reports the count', () => {
    const chunks = renderCsv(generateRecords(5_000))
    let chunkCount = 0
    let step = chunks.next()
    while (!step.done) {
      chunkCount++
      expect(step.value.length).toBeLessThan(70 * 1024)
      step = chunks.next()
    }
    expect(step.value).toEqual({ count: 5_000, skipped: 0 })
    expect(chunkCount).toBeGreaterThan(1)
    expect(chunkCount).toBeLessThan(50)
  })

  it('writes each cell as csvField (or inertCell, guarded) does, for any text, number, list or nothing', () => {
    const awkward = fc.oneof(fc.string(), fc.constantFrom('=1+1', '+x', '-', '@a', '\tx', '\rx', 'a,b', 'say "hi"', 'two\nlines', '', ' '))
    fc.assert(
      fc.property(awkward, fc.option(awkward), fc.array(awkward, { maxLength: 3 }), fc.boolean(), (title, notes, tags, guard) => {
        const record = makeRecord({ title, notes, tags, sourceLine: 7 })
        const text = collect(renderCsv([record], { columns: ['title', 'notes', 'tags', 'sourceLine'], formulaGuard: guard, tagSeparator: '; ' }))
        const cell = guard ? inertCell : csvField
        // Everything after the header line (which holds no line break).
        expect(text.slice(text.indexOf('\r\n') + 2)).toBe(
          [cell(title), cell(notes ?? ''), cell(tags.join('; ')), cell('7')].join(',') + '\r\n'
        )
      })
    )
  })
})
