import type { Db } from '../../db/open'

/**
 * The full-text index and facet_counts are derived from records by triggers, row by row. For
 * an operation that touches tens of thousands of records that per-row work dominates: every
 * trigger-firing statement opens a statement journal, FTS5 flushes a tiny segment at each, and
 * facet_counts takes a dozen upserts per changed record. Such operations run their writes here
 * instead: the derived data of the records they touch is taken out in one set-based statement
 * each, the triggers are paused, the writes run, and the derived data of the same records (plus
 * any records created meanwhile) is put back set-based. The result equals what the triggers
 * would have produced (tested), and because SQLite's schema changes are transactional, a
 * failure rolls the triggers back together with everything else.
 */
const DERIVED_TRIGGERS = [
  'records_fts_insert',
  'records_fts_delete',
  'records_fts_update',
  'facet_counts_insert',
  'facet_counts_delete',
  'facet_counts_update',
  'facet_counts_tag_insert',
  'facet_counts_tag_delete'
]

/** Below this many records the triggers are cheaper than the set-based bookkeeping. */
export const SET_BASED_THRESHOLD = 2_000

const year = "coalesce(CAST(substr(r.start_date, 1, 4) AS INTEGER), -1)"

/** Each touched record's facet contribution, signed, grouped: the same dimensions as migration 0004. */
const facetContribution = (sign: 1 | -1): string => `
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, year, status, n FROM (
    SELECT dim, value, year, status, ${sign} * count(*) AS n FROM (
      SELECT 'country' AS dim, coalesce(r.country_code, '') AS value, ${year} AS year, r.status AS status FROM records r WHERE r.id IN (SELECT id FROM temp.derived_touched)
      UNION ALL SELECT 'city', coalesce(r.city, ''), ${year}, r.status FROM records r WHERE r.id IN (SELECT id FROM temp.derived_touched)
      UNION ALL SELECT 'batch', coalesce(r.batch_id, ''), ${year}, r.status FROM records r WHERE r.id IN (SELECT id FROM temp.derived_touched)
      UNION ALL SELECT 'warned', r.warnings IS NOT NULL, ${year}, r.status FROM records r WHERE r.id IN (SELECT id FROM temp.derived_touched)
      UNION ALL SELECT 'placeless', coalesce(r.place, '') = '', ${year}, r.status FROM records r WHERE r.id IN (SELECT id FROM temp.derived_touched)
      UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = r.id), ${year}, r.status FROM records r WHERE r.id IN (SELECT id FROM temp.derived_touched)
      UNION ALL SELECT 'tag', rt.tag_id, ${year}, r.status FROM record_tags rt JOIN records r ON r.id = rt.record_id WHERE r.id IN (SELECT id FROM temp.derived_touched)
    ) GROUP BY dim, status, year, value
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n`

/**
 * `touchedIds` must list every existing record `write` changes (records it creates are found by
 * id). With `operationId`, the operation's logged changes are checked against that promise and
 * a broken one fails (rolling back) rather than leaving counts wrong.
 */
export function withSetBasedDerivedData<T>(
  db: Db,
  touchedIds: Iterable<number>,
  write: () => T,
  options: { operationId?: number; searchIndex?: boolean } = {}
): T {
  // Without text changes (status flips of an undo, say) the search index has nothing to redo.
  const searchIndex = options.searchIndex ?? true
  const operationId = options.operationId
  if (!db.inTransaction) throw new Error('withSetBasedDerivedData must run inside a transaction')
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${DERIVED_TRIGGERS.map(() => '?').join(',')})`)
    .all(...DERIVED_TRIGGERS)
    .filter((t) => searchIndex || !(t as { name: string }).name.startsWith('records_fts')) as { name: string; sql: string }[]
  const hasFacets = triggers.some((t) => t.name.startsWith('facet_counts'))
  db.exec('CREATE TEMP TABLE IF NOT EXISTS derived_touched(id INTEGER PRIMARY KEY)')
  db.exec('DELETE FROM temp.derived_touched')
  const add = db.prepare('INSERT OR IGNORE INTO temp.derived_touched(id) VALUES (?)')
  for (const id of touchedIds) add.run(id)
  const lastIdBefore = (db.prepare('SELECT coalesce(max(id), 0) FROM records').pluck().get() as number) ?? 0

  if (hasFacets) db.exec(facetContribution(-1))
  if (searchIndex) {
    db.exec(`INSERT INTO records_fts(records_fts, rowid, title, place, notes)
             SELECT 'delete', id, title, place, notes FROM records WHERE id IN (SELECT id FROM temp.derived_touched)`)
  }
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`)

  const result = write()

  for (const trigger of triggers) db.exec(trigger.sql)
  // Records created meanwhile were never counted: they get their derived data now.
  db.prepare('INSERT OR IGNORE INTO temp.derived_touched(id) SELECT id FROM records WHERE id > ?').run(lastIdBefore)
  if (operationId !== undefined) {
    const unannounced = db
      .prepare('SELECT count(*) FROM operation_changes WHERE operation_id = ? AND record_id NOT IN (SELECT id FROM temp.derived_touched)')
      .pluck()
      .get(operationId) as number
    if (unannounced > 0) throw new Error(`a set-based write changed ${unannounced} records it did not announce`)
  }
  if (hasFacets) db.exec(facetContribution(1))
  if (searchIndex) {
    db.exec(`INSERT INTO records_fts(rowid, title, place, notes)
             SELECT id, title, place, notes FROM records WHERE id IN (SELECT id FROM temp.derived_touched)`)
  }
  db.exec('DELETE FROM temp.derived_touched')
  return result
}
