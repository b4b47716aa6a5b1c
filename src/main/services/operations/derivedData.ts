import type { Db } from '../../db/open'
import { startYearOf } from '../../db/startYear'
import { CHANGEABLE_COLUMNS } from '../../db/recordRows'
import { withUpdatedIndexesRebuilt } from './updatedIndexes'

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

type Dimension = 'country' | 'city' | 'batch' | 'warned' | 'placeless' | 'tagged' | 'tag'
const ALL_DIMENSIONS: readonly Dimension[] = ['country', 'city', 'batch', 'warned', 'placeless', 'tagged', 'tag']
/** Which facet dimensions a change of each field can move; status and start date move every one (they key the counts). */
const DIMENSIONS_OF: Record<string, readonly Dimension[]> = {
  countryCode: ['country'],
  city: ['city'],
  warnings: ['warned'],
  place: ['placeless'],
  tags: ['tagged', 'tag'],
  status: ALL_DIMENSIONS,
  startDate: ALL_DIMENSIONS
}
const TEXT_FIELDS = ['title', 'place', 'notes']

/** The facet dimensions and whether the search index can change, for writes limited to `fields` (all when unknown). */
function affected(fields: readonly string[] | undefined): { dimensions: readonly Dimension[]; searchIndex: boolean } {
  if (!fields) return { dimensions: ALL_DIMENSIONS, searchIndex: true }
  const dimensions = new Set<Dimension>()
  for (const field of fields) for (const d of DIMENSIONS_OF[field] ?? []) dimensions.add(d)
  return { dimensions: ALL_DIMENSIONS.filter((d) => dimensions.has(d)), searchIndex: fields.some((f) => TEXT_FIELDS.includes(f)) }
}

const touched = 'r.id IN (SELECT id FROM temp.derived_touched)'
/**
 * Dimensions with few values are counted together: one GROUP BY over every combination, then
 * summed per dimension. SQLite groups by sorting, so one sort instead of five is most of the cost
 * saved (0.9 s -> 0.4 s for 100,000 new records).
 */
const COMBINED_VALUE: Partial<Record<Dimension, string>> = {
  country: "coalesce(r.country_code, '')",
  batch: "coalesce(r.batch_id, '')",
  warned: 'r.warnings IS NOT NULL',
  placeless: "coalesce(r.place, '') = ''",
  tagged: 'EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = r.id)'
}
/** Dimensions with many values, each grouped on its own. */
const SEPARATE_SQL: Partial<Record<Dimension, string>> = {
  city: `SELECT 'city' AS dim, coalesce(r.city, '') AS value, ${year} AS year, r.status AS status, count(*) AS n FROM records r WHERE ${touched} GROUP BY 2, 3, 4`,
  tag: `SELECT 'tag' AS dim, rt.tag_id AS value, ${year} AS year, r.status AS status, count(*) AS n FROM record_tags rt JOIN records r ON r.id = rt.record_id WHERE ${touched} GROUP BY 2, 3, 4`
}

/** Each touched record's facet contribution in the given dimensions, signed and grouped: the same rows as migration 0004. */
function facetContribution(sign: 1 | -1, dimensions: readonly Dimension[]): string {
  const combined = dimensions.filter((d) => COMBINED_VALUE[d] !== undefined)
  const parts: string[] = combined.map((d) => `SELECT '${d}' AS dim, "${d}" AS value, year, status, sum(n) AS n FROM combo GROUP BY 2, 3, 4`)
  for (const d of dimensions) if (SEPARATE_SQL[d] !== undefined) parts.push(SEPARATE_SQL[d])
  const combo =
    combined.length === 0
      ? ''
      : `WITH combo AS MATERIALIZED (
           SELECT ${year} AS year, r.status AS status, ${combined.map((d) => `${COMBINED_VALUE[d]} AS "${d}"`).join(', ')}, count(*) AS n
           FROM records r WHERE ${touched} GROUP BY ${combined.map((_, i) => i + 3).join(', ')}, 1, 2
         )`
  return `${combo}
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, year, status, ${sign} * n FROM (
    ${parts.join('\n    UNION ALL ')}
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n`
}

/**
 * Above this share of the collection's records touched, the search index is rebuilt from the
 * records (FTS5's 'rebuild', one pass over the table) instead of taking each touched record out
 * and back in. At 100,000 records: ~1.6 µs per record in the table to rebuild, ~5 µs per
 * touched record to delete and re-insert (97,000 changed titles: 0.2 s against 0.5 s).
 */
export const SEARCH_REBUILD_SHARE = 1 / 3

function worthRebuildingSearchIndex(db: Db): boolean {
  const touched = db.prepare('SELECT count(*) FROM temp.derived_touched').pluck().get() as number
  if (touched < SET_BASED_THRESHOLD) return false
  const total = db.prepare('SELECT count(*) FROM records').pluck().get() as number
  return touched >= total * SEARCH_REBUILD_SHARE
}

/** What a new record contributes to the facet counts, as it is written. */
export interface CreatedFacetValues {
  startDate: string | null
  countryCode: string | null
  city: string | null
  batchId: number | null
  /** As stored: null when there are none. */
  warnings: string | null
  place: string | null
  /** Distinct tag ids linked. */
  tagIds: readonly number[]
}

/** The year facet_counts keys a record by: its start_year, or -1 for no date. */
const facetYear = (startDate: string | null): number => (startDate === null ? -1 : startYearOf(startDate))

/**
 * The facet counts of records an import creates, tallied in JavaScript from the rows as they are
 * written instead of read back and grouped by SQLite (0.55 s for 100,000 records, most of it
 * sorting). New records are active (status 0). Values keep SQLite's types (a batch id is an
 * integer, no batch the empty string), because facet_counts keys on them.
 */
export class CreatedFacetTally {
  count = 0
  /** dim → value → year → records. Nested maps, not a joined key: building a key string per record per dimension cost ~1 µs. */
  private readonly dims = new Map<string, Map<string | number, Map<number, number>>>(
    ['country', 'city', 'batch', 'warned', 'placeless', 'tagged', 'tag'].map((dim) => [dim, new Map()])
  )

  add(row: CreatedFacetValues): void {
    this.count++
    const year = facetYear(row.startDate)
    this.bump('country', row.countryCode ?? '', year)
    this.bump('city', row.city ?? '', year)
    this.bump('batch', row.batchId ?? '', year)
    this.bump('warned', row.warnings !== null ? 1 : 0, year)
    this.bump('placeless', (row.place ?? '') === '' ? 1 : 0, year)
    this.bump('tagged', row.tagIds.length > 0 ? 1 : 0, year)
    for (const tagId of row.tagIds) this.bump('tag', tagId, year)
  }

  /** Adds the tallies to facet_counts in one statement. */
  write(db: Db): void {
    const rows: [string, string | number, number, number][] = []
    for (const [dim, values] of this.dims) for (const [value, years] of values) for (const [year, n] of years) rows.push([dim, value, year, n])
    db.prepare(
      `INSERT INTO facet_counts(dim, value, year, status, n)
       SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, 0, j.value ->> 3 FROM json_each(?) j WHERE true
       ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n`
    ).run(JSON.stringify(rows))
  }

  private bump(dim: string, value: string | number, year: number): void {
    const values = this.dims.get(dim)!
    let years = values.get(value)
    if (!years) values.set(value, (years = new Map()))
    years.set(year, (years.get(year) ?? 0) + 1)
  }
}

/**
 * `touchedIds` must list every existing record `write` changes (records it creates are found by
 * id). With `operationId`, the operation's logged changes are checked against that promise and
 * a broken one fails (rolling back) rather than leaving counts wrong. `createdTally`, when it
 * holds every record the write created and those records were not changed after (their only
 * log entry is the creation), supplies their facet counts.
 */
export function withSetBasedDerivedData<T>(
  db: Db,
  touchedIds: Iterable<number>,
  write: () => T,
  options: { operationId?: number; fields?: readonly string[]; createdTally?: CreatedFacetTally } = {}
): T {
  // Only what the written fields can move is redone: a city edit leaves the search index and
  // every other facet alone. Records created meanwhile get everything.
  const { dimensions, searchIndex } = affected(options.fields)
  const operationId = options.operationId
  if (!db.inTransaction) throw new Error('withSetBasedDerivedData must run inside a transaction')
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (${DERIVED_TRIGGERS.map(() => '?').join(',')})`)
    .all(...DERIVED_TRIGGERS)
    .filter((t) => searchIndex || !(t as { name: string }).name.startsWith('records_fts')) as { name: string; sql: string }[]
  const hasFacets = triggers.some((t) => t.name.startsWith('facet_counts'))
  db.exec('CREATE TEMP TABLE IF NOT EXISTS derived_touched(id INTEGER PRIMARY KEY)')
  db.exec('DELETE FROM temp.derived_touched')
  // One statement for every id (one INSERT each cost ~0.15 s per 100,000).
  db.prepare('INSERT OR IGNORE INTO temp.derived_touched(id) SELECT value FROM json_each(?)').run(JSON.stringify([...touchedIds]))
  const lastIdBefore = (db.prepare('SELECT coalesce(max(id), 0) FROM records').pluck().get() as number) ?? 0

  if (hasFacets && dimensions.length > 0) db.exec(facetContribution(-1, dimensions))
  // Rewriting most of the search index entry by entry costs more than building it afresh.
  const rebuildSearch = searchIndex && worthRebuildingSearchIndex(db)
  if (searchIndex && !rebuildSearch) {
    db.exec(`INSERT INTO records_fts(records_fts, rowid, title, place, notes)
             SELECT 'delete', id, title, place, notes FROM records WHERE id IN (SELECT id FROM temp.derived_touched)`)
  }
  for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`)

  // Known fields rewritten in most of the table: their indexes are built again once, after.
  const columns = options.fields?.flatMap((f) => (f in CHANGEABLE_COLUMNS ? [CHANGEABLE_COLUMNS[f as keyof typeof CHANGEABLE_COLUMNS]] : []))
  const touchedCount = db.prepare('SELECT count(*) FROM temp.derived_touched').pluck().get() as number
  const result = columns && columns.length > 0 ? withUpdatedIndexesRebuilt(db, 'records', [...columns, 'updated_at'], touchedCount, write) : write()

  for (const trigger of triggers) db.exec(trigger.sql)
  // Records created meanwhile were never counted: they get their derived data now.
  const created = db.prepare('SELECT count(*) FROM records WHERE id > ?').pluck().get(lastIdBefore) as number
  if (created > 0 && options.fields) throw new Error('a set-based write limited to some fields created records')
  const tally = options.createdTally
  const tallied =
    tally !== undefined &&
    operationId !== undefined &&
    created > 0 &&
    tally.count === created &&
    (db.prepare('SELECT count(*) FROM operation_changes WHERE operation_id = ? AND record_id > ?').pluck().get(operationId, lastIdBefore) as number) === created
  if (!tallied) db.prepare('INSERT OR IGNORE INTO temp.derived_touched(id) SELECT id FROM records WHERE id > ?').run(lastIdBefore)
  if (operationId !== undefined) {
    const unannounced = db
      .prepare('SELECT count(*) FROM operation_changes WHERE operation_id = ? AND record_id <= ? AND record_id NOT IN (SELECT id FROM temp.derived_touched)')
      .pluck()
      .get(operationId, lastIdBefore) as number
    if (unannounced > 0) throw new Error(`a set-based write changed ${unannounced} records it did not announce`)
    if (options.fields) {
      const allowed = [...options.fields, 'updatedAt']
      const other = db
        .prepare(`SELECT count(*) FROM operation_changes c, json_each(c.after) f WHERE c.operation_id = ? AND f.key NOT IN (${allowed.map(() => '?').join(',')})`)
        .pluck()
        .get(operationId, ...allowed) as number
      if (other > 0) throw new Error('a set-based write changed fields it did not announce')
    }
  }
  if (hasFacets && dimensions.length > 0) db.exec(facetContribution(1, dimensions))
  if (hasFacets && tallied) tally.write(db)
  if (rebuildSearch) db.exec("INSERT INTO records_fts(records_fts) VALUES ('rebuild')")
  else if (searchIndex) {
    db.exec(`INSERT INTO records_fts(rowid, title, place, notes)
             SELECT id, title, place, notes FROM records WHERE id IN (SELECT id FROM temp.derived_touched)`)
    // Records the tally counted are not in derived_touched: they are the ids past the old last one.
    if (tallied) db.prepare('INSERT INTO records_fts(rowid, title, place, notes) SELECT id, title, place, notes FROM records WHERE id > ?').run(lastIdBefore)
  }
  db.exec('DELETE FROM temp.derived_touched')
  return result
}
