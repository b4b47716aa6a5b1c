import type { Db } from '../../db/open'

/** Below this many new rows, keeping the indexes is never slower. */
const BULK_LOAD_MIN_ROWS = 10_000

/**
 * Whether inserting `newRows` into `table` is cheaper with its secondary indexes rebuilt
 * afterwards than kept up to date row by row. SQLite builds an index by sorting once, which
 * beats a random b-tree insert per row and per index (about 1 s saved for 100,000 records into
 * an empty collection), but rebuilding reads every existing row too: it pays when the load at
 * least doubles the table.
 */
export function worthRebuildingIndexes(db: Db, table: string, newRows: number): boolean {
  if (newRows < BULK_LOAD_MIN_ROWS) return false
  const existing = db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number
  return newRows >= existing
}

/**
 * Runs `load` with the table's secondary indexes dropped, then recreates them from their own
 * stored definitions, so the schema ends exactly as it was. Must run inside a transaction:
 * SQLite's schema changes are transactional, so a failed load rolls the indexes back as well.
 * Indexes SQLite made for UNIQUE and PRIMARY KEY constraints (no stored SQL) stay, and keep
 * enforcing them during the load.
 */
export function withIndexesRebuilt<T>(db: Db, table: string, load: () => T): T {
  if (!db.inTransaction) throw new Error('withIndexesRebuilt must run inside a transaction')
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name")
    .all(table) as { name: string; sql: string }[]
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`)
  const result = load()
  for (const index of indexes) db.exec(index.sql)
  return result
}
