import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseInput } from '../import'
import type { ParsedRecord } from '../import'
import { openCollection, type TestCollection } from './testSupport/collection'
import { writeExport, type ExportRequest } from './runExport'
import { EDITABLE_FIELDS, type EventRecord } from '../../../shared/record'
import { ICC_TEXT } from '../../../../test/fixtures'
import { importRecordOf, type ImportPreview } from '../../../shared/contracts/import'
import type { JobInfo } from '../../../shared/contract'

const FIXTURE = ICC_TEXT

const opened: TestCollection[] = []
afterEach(() => {
  for (const c of opened.splice(0)) c.close()
})

function collection(): TestCollection {
  const c = openCollection()
  opened.push(c)
  return c
}

/** The fixture listing, parsed by the real text importer and stored, with tags and notes added to some records. */
function importFixture(c: TestCollection): void {
  const { records } = parseInput(readFileSync(FIXTURE), { format: 'text', fileName: 'icc-meetings-and-events.txt' })
  expect(records.length).toBe(73)
  c.insert(
    records.map((record, i) => ({
      ...record,
      tags: i % 3 === 0 ? ['icc', record.countryCode ?? 'no country'] : [],
      notes: i % 5 === 0 ? `Checked by hand, "row" ${i};\nsecond line` : record.notes,
      sourceFile: 'icc-meetings-and-events.txt'
    }))
  )
}

/**
 * Loads a curate-records JSON into a collection the way import:commit does for the app's own
 * export: each record keeps the identity and bookkeeping of its `original`.
 * (The import service was not in the tree when this was written; once it is, drive it here instead.)
 */
function importJson(c: TestCollection, text: string): void {
  const { records } = parseInput(text, { format: 'json' })
  c.insert(
    records.map(({ original }: ParsedRecord) => {
      if (!original) throw new Error('a record of the app’s own JSON lost its original')
      return original
    })
  )
}

async function exportText(c: TestCollection, request: ExportRequest): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'curate-round-trip-')), `out.${request.format}`)
  await writeExport(c.db, request, path)
  return readFileSync(path, 'utf8')
}

describe('round trips', () => {
  it('JSON is lossless: exported, imported into an empty collection and exported again, it is identical', async () => {
    const first = collection()
    importFixture(first)
    const json = await exportText(first, { format: 'json', scope: { kind: 'all' } })
    const second = collection()
    importJson(second, json)
    const again = await exportText(second, { format: 'json', scope: { kind: 'all' } })

    const strip = (text: string): string => text.replace(/"exportedAt":"[^"]+"/, '"exportedAt":"…"')
    expect(strip(again)).toBe(strip(json))
    const records = JSON.parse(json).records as EventRecord[]
    expect(records).toHaveLength(73)
    // Identity, provenance and tags really are in the file (not identical only because both are empty).
    expect(records[0]).toMatchObject({ id: 1, sourceFile: 'icc-meetings-and-events.txt', tags: expect.arrayContaining(['icc']) })
    expect(records.every((r) => r.sourceLine !== null && r.sourceText !== null && /^[0-9a-f-]{36}$/.test(r.uid))).toBe(true)
    expect(records.filter((r) => r.notes?.includes('\n')).length).toBeGreaterThan(10)
  })

  it('JSON through the real import (preview and commit) keeps each record’s provenance; only the batch is new', async () => {
    const first = collection()
    importFixture(first)
    const json = await exportText(first, { format: 'json', scope: { kind: 'all' } })
    const second = collection()
    const job = await second.finish(await second.call<JobInfo>('import:preview', { text: json, fileName: 'curate-export.json' }))
    const preview = job.result as ImportPreview
    await second.call('import:commit', {
      source: { fileName: preview.fileName, sha256: preview.sha256, format: preview.format, skippedLines: 0 },
      records: preview.records.map((record) => importRecordOf(record))
    })
    const again = JSON.parse(await exportText(second, { format: 'json', scope: { kind: 'all' } })).records as EventRecord[]
    const before = JSON.parse(json).records as EventRecord[]
    const withoutBatch = (r: EventRecord) => ({ ...r, batchId: null })
    expect(again.map(withoutBatch)).toEqual(before.map(withoutBatch))
    expect(again[0]).toMatchObject({ sourceFile: 'icc-meetings-and-events.txt', sourceLine: before[0]!.sourceLine, sourceText: before[0]!.sourceText })
    const batch = second.db.prepare('SELECT id, file_name FROM import_batches').get() as { id: number; file_name: string }
    expect(batch.file_name).toBe('curate-export.json')
    expect(new Set(again.map((r) => r.batchId))).toEqual(new Set([batch.id]))
  })

  it('CSV export then CSV import gives the same fields', async () => {
    const c = collection()
    importFixture(c)
    const csv = await exportText(c, { format: 'csv', scope: { kind: 'all' }, bom: true })
    const stored = JSON.parse(await exportText(c, { format: 'json', scope: { kind: 'all' } })).records as EventRecord[]
    const { records } = parseInput(csv, { format: 'csv', fileName: 'export.csv' })
    expect(records).toHaveLength(stored.length)
    const fields = (record: Pick<EventRecord, (typeof EDITABLE_FIELDS)[number]>) =>
      Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, field === 'tags' ? [...record.tags].sort() : record[field]]))
    records.forEach((record, i) => expect(fields(record), `record ${i + 1}`).toEqual(fields(stored[i]!)))
  })
})
