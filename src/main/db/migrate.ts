import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations'

/**
 * Applies every migration newer than the file's `user_version`, each in its own
 * transaction followed by a foreign key check, so a failure leaves the previous schema.
 */
/** `beforeMigrating` runs once, only when an existing collection is about to change schema (to snapshot it). */
export function migrate(db: Database.Database, beforeMigrating?: (fromVersion: number) => void): number {
  const current = assertNotNewer(db)
  if (current > 0 && current < LATEST_SCHEMA_VERSION) beforeMigrating?.(current)
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue
    db.transaction(() => {
      db.exec(migration.sql)
      const problems = db.pragma('foreign_key_check') as unknown[]
      if (problems.length > 0) throw new Error(`migration ${migration.version} broke ${problems.length} foreign keys`)
      db.pragma(`user_version = ${migration.version}`)
    }).immediate()
  }
  return LATEST_SCHEMA_VERSION
}

/** Returns the file's schema version; throws for a file written by a newer app (never migrated down). */
export function assertNotNewer(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DATABASE',
      `this collection was written by a newer version of the app (schema ${current}, this app knows ${LATEST_SCHEMA_VERSION}); update the app to open it`
    )
  }
  return current
}
