import Database from 'better-sqlite3'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ExportCancelledError, ExportError } from './errors'
import { exportSqlite } from './sqlite'
import { generateRecords, makeRecord, temporaryFolder } from './testSupport/records'

describe('SQLite export', () => {
  let folder: string
  let cleanup: () => void
  beforeEach(() => ({ folder, cleanup } = temporaryFolder()))
  afterEach(() => cleanup())

  it('writes a documented events table that sqlite3 tools can read', async () => {
    const path = join(folder, 'events.sqlite')
    const records = [
      makeRecord(),
      makeRecord({ id: 7, uid: 'u7', title: 'Colloque à Genève', place: null, tags: [], notes: null, sourceLine: null })
    ]
    const result = await exportSqlite(path, records, { tagSeparator: ' | ' })
    expect(result).toMatchObject({ path, count: 2, skipped: 0 })
    expect(result.bytes).toBeGreaterThan(0)

    const database = new Database(path, { readonly: true })
    try {
      const columns = database.prepare('SELECT name FROM pragma_table_info(\'events\')').pluck().all()
      expect(columns).toEqual([
        'id', 'uid', 'title', 'start_date', 'end_date', 'date_text', 'place', 'city', 'country',
        'country_code', 'tags', 'notes', 'source_file', 'source_line', 'created_at', 'updated_at'
      ])
      expect(database.prepare('SELECT * FROM events ORDER BY id').all()).toEqual([
        {
          id: 1, uid: '6f1c2a3e-0b4d-4c5e-9f60-1a2b3c4d5e6f', title: 'International Meeting on Water',
          start_date: '2015-10-29', end_date: '2015-10-30', date_text: '29-30 October 2015',
          place: 'Neuchâtel (Switzerland)', city: 'Neuchâtel', country: 'Switzerland', country_code: 'CH',
          tags: 'water | meeting', notes: 'Hosted by the university.', source_file: 'listing.txt', source_line: 12,
          created_at: '2024-05-01T10:00:00.000Z', updated_at: '2024-05-02T11:30:15.000Z'
        },
        expect.objectContaining({ id: 7, title: 'Colloque à Genève', place: null, tags: null, notes: null, source_line: null })
      ])
      const about = database.prepare('SELECT topic, description FROM _about').all() as { topic: string; description: string }[]
      const topics = Object.fromEntries(about.map((row) => [row.topic, row.description]))
      expect(topics).toMatchObject({ record_count: '2', tag_separator: ' | ' })
      expect(topics['events.country_code']).toMatch(/ISO 3166-1/)
      expect(database.pragma('integrity_check', { simple: true })).toBe('ok')
    } finally {
      database.close()
    }
  })

  it('finds Neuchâtel when searching neuchatel, and genève as geneve', async () => {
    const path = join(folder, 'events.sqlite')
    const records = [
      makeRecord({ id: 1, uid: 'u1', title: 'Water meeting', place: 'Neuchâtel (Switzerland)' }),
      makeRecord({ id: 2, uid: 'u2', title: 'Colloque', place: 'Paris', notes: 'Suite de la réunion de Genève' }),
      makeRecord({ id: 3, uid: 'u3', title: 'Unrelated', place: 'Tokyo', notes: null })
    ]
    await exportSqlite(path, records)
    const database = new Database(path)
    try {
      const search = database.prepare(
        'SELECT id FROM events WHERE id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?) ORDER BY id'
      ).pluck()
      expect(search.all('neuchatel')).toEqual([1])
      expect(search.all('geneve')).toEqual([2])
      expect(search.all('NEUCHÂTEL')).toEqual([1])
      // The triggers keep the index right if someone edits the exported file.
      database.prepare("UPDATE events SET place = 'Zürich' WHERE id = 3").run()
      expect(search.all('zurich')).toEqual([3])
      expect(database.prepare("SELECT sql FROM sqlite_master WHERE name = 'events_fts'").pluck().get()).toMatch(
        /content="events"/
      )
    } finally {
      database.close()
    }
  })

  it('replaces an existing file atomically and leaves no side files', async () => {
    const path = join(folder, 'events.sqlite')
    writeFileSync(path, 'old')
    await exportSqlite(path, generateRecords(12_000))
    expect(readdirSync(folder)).toEqual(['events.sqlite'])
    const database = new Database(path, { readonly: true })
    expect(database.prepare('SELECT count(*) FROM events').pluck().get()).toBe(12_000)
    database.close()
  })

  it('cancelled: nothing written, the old file untouched', async () => {
    const path = join(folder, 'events.sqlite')
    writeFileSync(path, 'old')
    const seen: number[] = []
    const attempt = exportSqlite(path, generateRecords(50_000), {
      onProgress: (written) => {
        seen.push(written)
        return written >= 10_000
      }
    })
    await expect(attempt).rejects.toBeInstanceOf(ExportCancelledError)
    expect(seen).toEqual([5_000, 10_000])
    expect(readdirSync(folder)).toEqual(['events.sqlite'])
    expect(readFileSync(path, 'utf8')).toBe('old')
  })

  it('a missing folder gives a clear error and creates nothing', async () => {
    const path = join(folder, 'missing', 'events.sqlite')
    const attempt = exportSqlite(path, [makeRecord()])
    await expect(attempt).rejects.toThrow(new ExportError('no-folder', `cannot write to ${path}: the folder does not exist`))
    expect(existsSync(join(folder, 'missing'))).toBe(false)
  })
})
