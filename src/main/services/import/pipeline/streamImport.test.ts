import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { generateListings, renderAsCsv } from '../../../../../test/generator'
import { snapshotContent } from '../../../testing/tempDb'
import type { ImportCommitResult } from '../../../../shared/contracts/import'
import { ParseError } from '../types'
import { importCsvStream, type StreamImportRequest } from './streamImport'
import { sessionsPerTest, type Session } from './testing'

const session = sessionsPerTest()

/** The bytes handed over in chunks of `size`, as the CLI reads a file. */
function chunks(bytes: Uint8Array, size: number): () => Uint8Array | null {
  let at = 0
  return () => {
    if (at >= bytes.length) return null
    const chunk = bytes.subarray(at, at + size)
    at += size
    return chunk
  }
}

function stream(s: Session, text: string | Uint8Array, options: Partial<StreamImportRequest> & { chunk?: number } = {}) {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text
  const leftOut: string[] = []
  const result = importCsvStream(s.services, {
    read: chunks(bytes, options.chunk ?? 4096),
    fileName: 'listings.csv',
    size: bytes.length,
    year: null,
    skipDuplicates: false,
    onLeftOut: (line, message) => leftOut.push(`line ${line}: ${message}`),
    ...options
  })
  return { result, leftOut }
}

const RECORD_COLUMNS = 'title, start_date, end_date, date_text, place, city, country, country_code, notes, warnings, confidence, source_file, source_line, source_text, status'
const rowsOf = (s: Session) => s.db.prepare(`SELECT ${RECORD_COLUMNS} FROM records ORDER BY source_line`).all()

describe('a CSV file imported as a stream', () => {
  const csv = renderAsCsv(generateListings({ seed: 3, count: 2500 }).records)

  it('writes the records the preview and commit write, as one batch with the file’s SHA-256', async () => {
    const viaPreview = session()
    const preview = await viaPreview.preview({ text: csv, fileName: 'listings.csv' })
    const committed = (await viaPreview.commitAll(preview)) as ImportCommitResult

    const streamed = session()
    const { result, leftOut } = stream(streamed, csv)
    expect(leftOut).toEqual([])
    expect(result.summary).toBe(committed.summary)
    expect(result.batch).toMatchObject({ sha256: createHash('sha256').update(csv).digest('hex'), format: 'csv', recordCount: committed.batch.recordCount })
    expect(result.operation).toMatchObject({ kind: 'import', recordCount: committed.batch.recordCount, description: committed.operation.description })
    expect(rowsOf(streamed)).toEqual(rowsOf(viaPreview))
    const facets = (s: Session) => s.db.prepare('SELECT * FROM facet_counts ORDER BY 1, 2, 3, 4').all()
    expect(facets(streamed)).toEqual(facets(viaPreview))
    const found = (s: Session) => s.db.prepare("SELECT count(*) FROM records_fts WHERE records_fts MATCH 'forum'").pluck().get()
    expect(found(streamed)).toBe(found(viaPreview))
  })

  it('reads a tab-separated file with the delimiter its name gives', () => {
    const s = session()
    const { result } = stream(s, 'title\tdate\tplace\nWater, air and earth\t2019-05-01\tBern\n', { delimiter: '\t' })
    expect(result.batch.recordCount).toBe(1)
    expect(s.db.prepare('SELECT title, start_date AS startDate FROM records').get()).toEqual({ title: 'Water, air and earth', startDate: '2019-05-01' })
  })

  it('is undone and redone as one operation', async () => {
    const s = session()
    const { result } = stream(s, csv)
    const active = () => s.db.prepare('SELECT count(*) FROM records WHERE status = 0').pluck().get()
    expect(active()).toBe(result.batch.recordCount)
    await s.call('history:undo')
    expect(active()).toBe(0)
    await s.call('history:redo')
    expect(active()).toBe(result.batch.recordCount)
  })

  it('leaves the collection exactly as it was when the file fails part way, naming the line', () => {
    const s = session()
    stream(s, 'title,date\nFirst,2019-01-01\n')
    const before = snapshotContent(s.db)
    const schema = () => s.db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()
    const schemaBefore = schema()
    // 20,000 good rows (written chunk by chunk, with the indexes set aside), then a NUL on line 20,002.
    const good = Array.from({ length: 20_000 }, (_, i) => `Meeting ${i},2019-02-${String((i % 28) + 1).padStart(2, '0')}`).join('\n')
    let error: unknown
    try {
      stream(s, `title,date\n${good}\nBad\u0000row,2019-03-01\n`)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ParseError)
    expect((error as ParseError).line).toBe(20_002)
    expect(snapshotContent(s.db)).toEqual(before)
    expect(schema()).toEqual(schemaBefore)
  })

  it('leaves out, by line, records the collection refuses, and compares with the collection as it was', () => {
    const s = session()
    stream(s, 'title,date,place\nWater forum,2019-05-01,Bern\n')
    const file = `title,date,place\n${'T'.repeat(1001)},2019-05-02,Basel\nWater forum,2019-05-01,Bern\nAir forum,2019-06-01,Basel\nAir forum,2019-06-01,Basel\n`
    const { result, leftOut } = stream(s, file)
    expect(leftOut).toEqual([expect.stringMatching(/^line 2: .*Title.*too long/)])
    // Only the Bern forum repeats the collection; the second Air forum repeats the file, not the collection.
    expect(result.duplicates).toBe(1)
    expect(result.batch.recordCount).toBe(3)
    const other = session()
    stream(other, 'title,date,place\nWater forum,2019-05-01,Bern\n')
    const skipping = stream(other, file, { skipDuplicates: true })
    expect(skipping.result.skippedDuplicates).toBe(1)
    expect(skipping.result.batch).toMatchObject({ recordCount: 2, skippedCount: 2 })
    expect(skipping.result.summary).toMatch(/Imported 2 records from listings\.csv \(1 line skipped, .*1 duplicate skipped\)/)
  })

  it('refuses a file whose every record repeats the collection when asked to skip them, writing nothing', () => {
    const s = session()
    stream(s, csv)
    const before = snapshotContent(s.db)
    expect(() => stream(s, csv, { skipDuplicates: true })).toThrow(/nothing to import: all \d+ records were skipped as duplicates/)
    expect(snapshotContent(s.db)).toEqual(before)
  })
})
