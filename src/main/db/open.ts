import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../shared/errors'
import { assertNotNewer, migrate } from './migrate'
import { assertCurateOrEmpty, CURATE_APPLICATION_ID, isAbsentOrEmpty, noCollectionAt, quickCheckProblems } from './identity'

export type Db = Database.Database

export interface OpenOptions {
  /** Path to a better-sqlite3 binary built for the running ABI (Electron uses its own). */
  nativeBinding?: string
  readonly?: boolean
  /** For commands that only read: a missing or 0-byte file is "no collection at PATH", never a new empty one. */
  mustExist?: boolean
  /**
   * File-level care around opening, supplied by the composition root (`openCollection` in
   * services/backup) so that this layer never reaches up into services. Absent in tests and
   * benches that open throw-away files.
   */
  housekeeping?: OpenHousekeeping
}

export interface OpenHousekeeping {
  /** Before anything writes: clear what an interrupted earlier run left beside the file. */
  beforeWrite(file: string): void
  /** Before the first migration step runs on an existing collection: keep a copy of it. */
  beforeMigration(db: Db, file: string, fromVersion: number): void
}

/**
 * Opens (creating when absent, unless `mustExist`) the collection file, sets the pragmas the
 * app relies on and brings the schema up to date. A file that is not a SQLite database,
 * another program's database, a damaged collection (`PRAGMA quick_check`) or one written by
 * a newer version of the app is refused and left untouched.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if ((options.mustExist || options.readonly) && file !== ':memory:' && isAbsentOrEmpty(file)) throw noCollectionAt(file)
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true })
  let db: Db
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    })
  } catch (error) {
    throw new AppError('DATABASE', `cannot open ${file}: ${(error as Error).message}`)
  }
  try {
    // Waiting for another writer (the CLI, a second window) beats failing with SQLITE_BUSY.
    db.pragma('busy_timeout = 5000')
    // Reading the header first makes a foreign file fail here, before any pragma writes to it.
    db.pragma('schema_version')
    // Refuse another program's database, a newer schema and a damaged file before anything
    // (even switching to WAL) writes to the file.
    const kind = assertCurateOrEmpty(db, file)
    assertNotNewer(db)
    if (kind === 'collection') {
      const problems = quickCheckProblems(db)
      if (problems) throw new AppError('DATABASE', `${file} is damaged (${problems}); it was left untouched`)
    }
    if (!options.readonly) db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
    db.pragma('foreign_keys = ON')
    if (!options.readonly) {
      const care = file === ':memory:' ? undefined : options.housekeeping
      care?.beforeWrite(file)
      migrate(db, (from) => care?.beforeMigration(db, file, from))
      if (db.pragma('application_id', { simple: true }) !== CURATE_APPLICATION_ID) db.pragma(`application_id = ${CURATE_APPLICATION_ID}`)
    }
    return db
  } catch (error) {
    db.close()
    if (error instanceof AppError) throw error
    const message = (error as Error).message
    if (/not a database|malformed|file is encrypted/i.test(message)) {
      throw new AppError('DATABASE', `${file} is not a curate database or is damaged (${message}); it was left untouched`)
    }
    throw new AppError('DATABASE', `cannot open ${file}: ${message}`)
  }
}
