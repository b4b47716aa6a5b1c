import fs from 'node:fs'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'

/** 'CURA' in the SQLite header's application_id field: marks a file as a Curate collection. */
export const CURATE_APPLICATION_ID = 0x43555241

/** True when there is no collection to open: no file, or an empty (0-byte) one. */
export function isAbsentOrEmpty(file: string): boolean {
  if (file === ':memory:') return true
  try {
    return fs.statSync(file).size === 0
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true
    throw error
  }
}

export function noCollectionAt(file: string): AppError {
  return new AppError('NOT_FOUND', `no collection at ${file} (check --db or $CURATE_DB; commands that write, such as import, create one)`)
}

/**
 * Refuses a SQLite file that belongs to another program before anything writes to it (not even
 * WAL mode). A collection carries Curate's application_id; one made before the id existed is
 * known by its schema version and its own tables, and gets the id when next opened for writing.
 */
export function assertCurateOrEmpty(db: Database.Database, file: string): 'empty' | 'collection' {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[]
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const schemaObjects = db.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number
  if (schemaObjects === 0 && applicationId === 0) return 'empty'
  if (applicationId === CURATE_APPLICATION_ID) return 'collection'
  const userVersion = db.pragma('user_version', { simple: true }) as number
  const older = applicationId === 0 && userVersion >= 1 && tables.includes('records') && tables.includes('operations')
  if (older) return 'collection'
  const shown = tables.slice(0, 5).join(', ') + (tables.length > 5 ? ', …' : '')
  throw new AppError(
    'DATABASE',
    `${file} is a SQLite database of another program${tables.length ? ` (its tables: ${shown})` : ''}, not a Curate collection; it was left untouched`
  )
}

/** Runs SQLite's quick_check (structure of every page, without cross-checking indexes): null when sound. */
export function quickCheckProblems(db: Database.Database): string | null {
  const rows = db.pragma('quick_check(5)') as { quick_check: string }[]
  const messages = rows.map((row) => row.quick_check)
  return messages.length === 1 && messages[0] === 'ok' ? null : tidyCheckMessages(messages)
}

/** SQLite's check report on one line, without its "*** in database main ***" banner. */
export function tidyCheckMessages(messages: string[]): string {
  return messages
    .join('; ')
    .replace(/\*\*\* in database \w+ \*\*\*\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}
