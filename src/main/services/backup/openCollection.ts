import fs from 'node:fs'
import path from 'node:path'
import { openDatabase, type Db, type OpenHousekeeping, type OpenOptions } from '../../db/open'
import { pruneSnapshots, removeAbandonedPartials, snapshotPath } from './snapshots'

/**
 * Opens a user's collection the way the app, the CLI and browser mode do: as `openDatabase`,
 * plus the backup layer's care for the file (abandoned partial copies removed, a snapshot
 * before any migration). Kept here so the db layer does not depend on services.
 */
export function openCollection(file: string, options: Omit<OpenOptions, 'housekeeping'> = {}): Db {
  return openDatabase(file, { ...options, housekeeping: backupHousekeeping })
}

export const backupHousekeeping: OpenHousekeeping = {
  beforeWrite: removeAbandonedPartials,
  beforeMigration: snapshotBeforeMigration
}

/**
 * Opening is synchronous, and better-sqlite3's online backup is not, so the pre-migration
 * snapshot uses VACUUM INTO: SQLite's own consistent copy, taken inside a read transaction.
 * The version we migrate from is in the copy itself (user_version) for anyone who needs it.
 */
function snapshotBeforeMigration(db: Db, file: string): void {
  const target = snapshotPath(file, 'migration')
  fs.mkdirSync(path.dirname(target), { recursive: true })
  db.prepare('VACUUM INTO ?').run(target)
  pruneSnapshots(file, 20)
}
