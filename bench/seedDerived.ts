/**
 * Pausing the derived-data triggers while seeding. Every inserted record fires the full-text
 * insert trigger and a dozen facet_counts upserts (one per dimension, then two per tag link);
 * at a million records that per-row work is most of the seeding time. With the insert triggers
 * dropped, the rows go in bare and both derived tables are rebuilt once, set-based, from all
 * records: the FTS5 'rebuild' command, and the very GROUP BY migration 0004 uses to count the
 * records that exist when it runs. The caller runs this inside its transaction, so the
 * triggers come back (or were never gone) whatever happens.
 */
import type { Db } from '../src/main/db/open'
import { sql as facetsMigration } from '../src/main/db/migrations/0004_workspace_facets'

/** The triggers a plain INSERT of records and record_tags fires; nothing else fires while seeding. */
const INSERT_TRIGGERS = ['records_fts_insert', 'facet_counts_insert', 'facet_counts_tag_insert']

/**
 * The migration's backfill statement, taken from the migration itself so that the seed's counts
 * can never drift from the app's definition of a facet (a copy here would).
 */
const FACET_BACKFILL = /INSERT INTO facet_counts\(dim, value, year, status, n\)\s+SELECT dim, value, year, status, count\(\*\)[\s\S]*?GROUP BY dim, status, year, value;/.exec(facetsMigration)?.[0]

export function withInsertTriggersPaused<T>(db: Db, insert: () => T): T {
  if (!db.inTransaction) throw new Error('withInsertTriggersPaused must run inside a transaction')
  if (!FACET_BACKFILL) throw new Error('migration 0004 no longer holds the facet_counts backfill this seeding relies on')
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${INSERT_TRIGGERS.map(() => '?').join(', ')})`)
    .all(...INSERT_TRIGGERS) as { name: string; sql: string }[]
  // A renamed or removed trigger would otherwise leave its derived table silently stale.
  if (triggers.length !== INSERT_TRIGGERS.length) throw new Error(`expected triggers ${INSERT_TRIGGERS.join(', ')}; found ${triggers.map((t) => t.name).join(', ')}`)
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`)
  const result = insert()
  db.exec("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
  // Recounted from every record, not added to: correct whatever the table held before.
  db.exec('DELETE FROM facet_counts')
  db.exec(FACET_BACKFILL)
  for (const trigger of triggers) db.exec(trigger.sql)
  return result
}
