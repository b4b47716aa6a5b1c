import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDatabase, type Db } from '../db/open'

/** A real SQLite file in a fresh temporary folder, for tests. */
export function tempDbPath(name = 'collection.sqlite'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-test-'))
  return path.join(dir, name)
}

export function openTempDb(): { db: Db; file: string } {
  const file = tempDbPath()
  return { db: openDatabase(file), file }
}

/** Every user table's rows, for "the database is exactly as it was" assertions. */
export function snapshotContent(db: Db): Record<string, unknown[]> {
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'records_fts%' ORDER BY name")
    .pluck()
    .all() as string[]
  const content: Record<string, unknown[]> = {}
  for (const table of tables) content[table] = db.prepare(`SELECT * FROM "${table}" ORDER BY 1, 2`).all()
  return content
}
