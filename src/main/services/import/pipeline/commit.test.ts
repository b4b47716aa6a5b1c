import { describe, expect, it } from 'vitest'
import { snapshotContent } from '../../../testing/tempDb'
import { renderChunks } from '../../export'
import type { EventRecord } from '../../../../shared/record'
import type { ImportCommitResult, ImportPreview } from '../../../../shared/contracts/import'
import type { RecordPage, OperationInfo } from '../../../../shared/contract'
import { FIXTURE_NAME, fixtureText, sessionsPerTest, type Session } from './testing'

const session = sessionsPerTest()

const activeCount = async (s: Session): Promise<number> => (await s.call<RecordPage>('records:query', { limit: 1 })).total
const allRecords = async (s: Session): Promise<EventRecord[]> => (await s.call<RecordPage>('records:query', { limit: 500, sort: { field: 'id', direction: 'asc' } })).rows

async function importFixture(s: Session): Promise<{ preview: ImportPreview; result: ImportCommitResult }> {
  const preview = await s.preview({ text: fixtureText(), fileName: FIXTURE_NAME })
  const result = (await s.commitAll(preview)) as ImportCommitResult
  return { preview, result }
}

describe('import:commit', () => {
  it('imports the fixture as one operation with one batch and provenance on every record', async () => {
    const s = session()
    const { preview, result } = await importFixture(s)
    expect(result.summary).toBe(`Imported 73 records from ${FIXTURE_NAME} (1 line skipped, 12 warnings) as batch ${result.batch.id}`)
    expect(result.operation).toMatchObject({ kind: 'import', description: `Imported 73 records from ${FIXTURE_NAME}`, recordCount: 73 })

    const batch = s.db.prepare('SELECT * FROM import_batches').all()
    expect(batch).toEqual([
      {
        id: result.batch.id,
        file_name: FIXTURE_NAME,
        sha256: preview.sha256,
        format: 'text',
        created_at: result.operation.createdAt,
        record_count: 73,
        skipped_count: 1,
        warning_count: 12,
        operation_id: result.operation.id,
        profile_id: null
      }
    ])
    const history = await s.call<{ items: OperationInfo[] }>('history:list', {})
    expect(history.items).toHaveLength(1)

    const records = await allRecords(s)
    expect(records).toHaveLength(73)
    const first = records[0]!
    expect(first).toMatchObject({
      title: preview.records[0]!.title,
      batchId: result.batch.id,
      sourceFile: FIXTURE_NAME,
      sourceLine: preview.records[0]!.sourceLine,
      sourceText: preview.records[0]!.sourceText,
      confidence: preview.records[0]!.confidence
    })
    const warned = records.filter((r) => r.warnings.length > 0)
    expect(warned).toHaveLength(12)
    expect(warned.flatMap((r) => r.warnings)).toContain('no place')
  })

  it('is undone as a whole and redone as a whole', async () => {
    const s = session()
    const { result } = await importFixture(s)
    const before = await allRecords(s)

    const undone = await s.call<OperationInfo>('history:undo')
    expect(undone.id).toBe(result.operation.id)
    expect(await activeCount(s)).toBe(0)

    await s.call('history:redo')
    const after = await allRecords(s)
    expect(after.map((r) => [r.id, r.uid, r.title, r.batchId])).toEqual(before.map((r) => [r.id, r.uid, r.title, r.batchId]))
  })

  it('keeps imported records findable by search (the batch is indexed at once)', async () => {
    const s = session()
    await importFixture(s)
    const found = await s.call<RecordPage>('records:query', { search: 'Neuchatel' })
    expect(found.total).toBeGreaterThan(0)
    const trigger = s.db.prepare("SELECT sql FROM sqlite_master WHERE name = 'records_fts_insert'").pluck().get() as string
    // Large writes fill the index set-based with these columns (operations/derivedData.ts); if the trigger changes, that must change too.
    expect(trigger).toContain('INSERT INTO records_fts(rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes)')
    await s.call('records:create', { fields: { title: 'Created after the import in Zürich' } })
    expect((await s.call<RecordPage>('records:query', { search: 'zurich' })).total).toBe(1)
  })

  it('writes nothing when the commit fails half-way, and keeps the search trigger', async () => {
    const s = session()
    const preview = await s.preview({ text: fixtureText(), fileName: FIXTURE_NAME })
    // A stand-in for a failure half-way (disk full, a constraint): the 40th record is refused.
    s.db.exec("CREATE TRIGGER test_refuse BEFORE INSERT ON records WHEN (SELECT count(*) FROM records) >= 39 BEGIN SELECT RAISE(ABORT, 'refused'); END")
    const schemaBefore = s.db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()
    const before = snapshotContent(s.db)
    const answer = await s.raw('import:commit', {
      source: { fileName: FIXTURE_NAME, sha256: preview.sha256, format: 'text', skippedLines: 1 },
      records: preview.records.map(({ duplicate: _d, ...fields }) => ({ ...fields, duplicate: null }))
    })
    expect(answer.ok).toBe(false)
    expect(snapshotContent(s.db)).toEqual(before)
    expect(s.db.prepare('SELECT name, sql FROM sqlite_master ORDER BY name').all()).toEqual(schemaBefore)
  })

  it('refuses invalid records with the field named and writes nothing', async () => {
    const s = session()
    const preview = await s.preview({ text: fixtureText(), fileName: FIXTURE_NAME })
    const before = snapshotContent(s.db)
    const records = preview.records.map(({ duplicate: _d, ...fields }) => ({ ...fields, duplicate: null }))
    records[5] = { ...records[5]!, startDate: '2010-05-12', endDate: '2010-05-01' }
    records[6] = { ...records[6]!, countryCode: 'XX' }
    const answer = await s.raw('import:commit', { source: { fileName: null, sha256: preview.sha256, format: 'text', skippedLines: 0 }, records })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    if (!answer.ok) {
      expect(answer.error.message).toMatch(/record 6, End date: end date is before the start date/)
      expect(answer.error.message).toMatch(/record 7, Country code: /)
    }
    const unknownKey = await s.raw('import:commit', {
      source: { fileName: null, sha256: preview.sha256, format: 'text', skippedLines: 0 },
      records: [{ ...records[0]!, colour: 'red' }]
    })
    expect(unknownKey.ok).toBe(false)
    expect(snapshotContent(s.db)).toEqual(before)
  })

  it('flags records already in the collection, and skips or keeps them as decided', async () => {
    const s = session()
    const preview0 = await s.preview({ text: fixtureText(), fileName: FIXTURE_NAME })
    const model = preview0.records.find((r) => r.place !== null && r.startDate !== null)!
    const existing = await s.call<EventRecord>('records:create', {
      fields: { title: model.title, startDate: model.startDate, endDate: model.endDate, place: model.place, city: model.city, country: model.country, countryCode: model.countryCode }
    })
    // Same date, title differing by a word: still flagged. Same title, another date: not.
    await s.call('records:create', { fields: { title: model.title, startDate: '1999-01-01', endDate: '1999-01-01' } })

    const preview = await s.preview({ text: fixtureText(), fileName: FIXTURE_NAME })
    expect(preview.duplicates).toBe(1)
    const flagged = preview.records.find((r) => r.duplicate !== null)!
    expect(flagged.title).toBe(model.title)
    expect(flagged.duplicate).toMatchObject({ id: existing.id, title: model.title, startDate: model.startDate, score: 1 })
    expect(flagged.duplicate!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^same dates \(\+\d+\.\d\)$/)]))

    const skipped = (await s.commitAll(preview, 'skip')) as ImportCommitResult
    expect(skipped.batch.recordCount).toBe(72)
    expect(skipped.skippedDuplicates).toBe(1)
    expect(skipped.summary).toMatch(/\(1 line skipped, \d+ warnings, 1 duplicate skipped\)/)
    await s.call('history:undo')
    const kept = (await s.commitAll(preview, 'keep')) as ImportCommitResult
    expect(kept.batch.recordCount).toBe(73)
    expect(await activeCount(s)).toBe(2 + 73)
  })

  it('flags a listing from another source in another language, starting two days earlier', async () => {
    const s = session()
    const existing = await s.call<EventRecord>('records:create', {
      fields: { title: 'Barclays ATP World Tour Finals', startDate: '2011-11-20', endDate: '2011-11-27', place: 'London', city: 'London' }
    })
    await s.call('records:create', { fields: { title: 'Davis Cup final', startDate: '2011-12-02', endDate: '2011-12-04', place: 'Sevilla', city: 'Sevilla' } })
    const preview = await s.preview({ text: 'Masters de Londres\n\n18-27 novembre 2011\n\nLondres\n', fileName: 'fr.txt' })
    expect(preview.records).toHaveLength(1)
    expect(preview.records[0]!.duplicate).toMatchObject({ id: existing.id })
    expect(preview.records[0]!.duplicate!.reasons).toEqual(expect.arrayContaining([expect.stringMatching(/^same place \(\+/)]))
  })

  it('re-imports its own JSON export losslessly: uid, id and times kept where free', async () => {
    const source = session()
    await importFixture(source)
    await source.call('records:update', { id: 3, version: 1, patch: { tags: ['checked'], notes: 'seen' } })
    const exported = await allRecords(source)
    const json = [...renderChunks('json', exported)].join('')

    const target = session()
    const preview = await target.preview({ base64: Buffer.from(json).toString('base64'), fileName: 'export.json' })
    expect(preview.format).toBe('json')
    expect(preview.records[0]!.identity).toMatchObject({ uid: exported[0]!.uid, id: exported[0]!.id })
    await target.commitAll(preview)
    const imported = await allRecords(target)
    const fields = (r: EventRecord) => [r.id, r.uid, r.title, r.startDate, r.endDate, r.place, r.city, r.countryCode, r.tags, r.notes, r.createdAt]
    expect(imported.map(fields)).toEqual(exported.map(fields))

    // The same export again into the same collection: identities are taken, so new ones are given.
    const again = await target.preview({ text: json, fileName: 'export.json' })
    expect(again.duplicates).toBe(exported.filter((r) => r.startDate !== null).length)
    await target.commitAll(again, 'keep')
    const all = await allRecords(target)
    expect(new Set(all.map((r) => r.uid)).size).toBe(all.length)
    expect(all).toHaveLength(2 * exported.length)
  })

  it('counts an id given out earlier in the same batch as taken', async () => {
    const s = session()
    const record = (uid: string) => ({
      title: `Record ${uid}`, startDate: null, endDate: null, dateText: null, place: null, city: null, country: null, countryCode: null,
      notes: null, tags: [], sourceLine: 1, sourceText: null, confidence: null, warnings: [],
      identity: { uid, id: 7, createdAt: null, updatedAt: null }, duplicate: null
    })
    const source = { fileName: 'edited.json', sha256: 'a'.repeat(64), format: 'json', skippedLines: 0 }
    await s.call('import:commit', { source, records: [record('first'), record('second')] })
    const ids = s.db.prepare('SELECT uid, id FROM records ORDER BY uid').all() as { uid: string; id: number }[]
    expect(ids.map((r) => r.uid)).toEqual(['first', 'second'])
    expect(ids[0]!.id).toBe(7)
    expect(ids[1]!.id).not.toBe(7)
  })
})
