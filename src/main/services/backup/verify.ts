import type Database from 'better-sqlite3'
import { AppError } from '../../../shared/errors'
import { tidyCheckMessages } from '../../db/identity'

export const BUSY_MESSAGE = 'the collection is busy in another program; nothing was restored'

/**
 * What a restore must reproduce: the file's page count, and the records' and operations'
 * counts, last ids and changed-state totals. better-sqlite3's backup reports success with
 * nothing copied when another connection holds the write lock, so a restore compares these
 * of the snapshot and of the collection afterwards instead of trusting that report.
 */
export function contentFingerprint(db: Database.Database): string {
  const pages = db.pragma('page_count', { simple: true }) as number
  const records = db.prepare('SELECT count(*) AS n, coalesce(max(id), 0) AS last, total(status) AS statuses, total(length(title)) AS titles FROM records').get()
  const operations = db.prepare("SELECT count(*) AS n, coalesce(max(id), 0) AS last, total(state = 'undone') AS undone FROM operations").get()
  return JSON.stringify({ pages, records, operations })
}

/**
 * Waits (the busy timeout) for the write lock and gives it back at once, so a restore fails
 * clearly before it takes its safety copy rather than after.
 */
export function assertNotBusy(db: Database.Database): void {
  try {
    db.exec('BEGIN IMMEDIATE')
    db.exec('ROLLBACK')
  } catch (error) {
    if (isBusy(error)) throw new AppError('CONFLICT', BUSY_MESSAGE)
    throw error
  }
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)
}

/** `PRAGMA integrity_check` of a whole file: 'ok', or SQLite's first complaints. */
export function integrityProblems(db: Database.Database): string | null {
  let rows: { integrity_check: string }[]
  try {
    rows = db.pragma('integrity_check(5)', { simple: false }) as { integrity_check: string }[]
  } catch (error) {
    // Damage where the check itself must read (the schema) stops it: that is its answer too.
    const message = (error as Error).message
    if (/malformed|corrupt|not a database/i.test(message)) return message
    throw error
  }
  const messages = rows.map((row) => row.integrity_check)
  return messages.length === 1 && messages[0] === 'ok' ? null : tidyCheckMessages(messages)
}
