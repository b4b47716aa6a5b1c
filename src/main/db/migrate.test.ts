import { describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import fs from 'node:fs'
import { openDatabase } from './open'
import { LATEST_SCHEMA_VERSION } from './migrations'
import { tempDbPath } from '../testing/tempDb'

function schemaText(db: Database.Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[]
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql};\n`).join('\n')
}

describe('migrations', () => {
  it('creates the schema on first open, matching the committed snapshot', async () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    await expect(schemaText(db)).toMatchFileSnapshot('./schema.snapshot.sql')
    db.close()
  })

  it('is idempotent: reopening applies nothing twice', () => {
    const file = tempDbPath()
    openDatabase(file).close()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION)
    db.close()
  })

  it('refuses a database from a newer version and leaves it untouched', () => {
    const file = tempDbPath()
    const raw = new Database(file)
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`)
    raw.close()
    const before = fs.readFileSync(file)
    expect(() => openDatabase(file)).toThrow(/newer version of the app/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a file that is not a database and leaves it untouched', () => {
    const file = tempDbPath()
    fs.writeFileSync(file, 'these are my notes, not a database\n'.repeat(200))
    const before = fs.readFileSync(file)
    expect(() => openDatabase(file)).toThrow(/not a curate database/)
    expect(fs.readFileSync(file).equals(before)).toBe(true)
  })

  it('searches case- and diacritics-insensitively', () => {
    const db = openDatabase(tempDbPath())
    db.prepare("INSERT INTO records(uid, title, place, created_at, updated_at) VALUES ('u1', 'Forum', 'Neuchâtel (Switzerland)', 'x', 'x')").run()
    db.prepare("INSERT INTO records(uid, title, place, created_at, updated_at) VALUES ('u2', 'MONTRÉAL summit', NULL, 'x', 'x')").run()
    const find = (q: string): unknown[] => db.prepare('SELECT rowid FROM records_fts WHERE records_fts MATCH ?').pluck().all(q)
    expect(find('neuchatel')).toEqual([1])
    expect(find('montreal')).toEqual([2])
    db.prepare("UPDATE records SET place = 'Lyon' WHERE id = 1").run()
    expect(find('neuchatel')).toEqual([])
    db.close()
  })
})
