import type { RecordFilters, RecordQuery, RecordScope, SortField } from '../../../shared/query'
import { toFtsQuery } from './ftsQuery'

const SORT_COLUMNS: Record<SortField, { sql: string; nullable: boolean }> = {
  title: { sql: 'r.title COLLATE NOCASE', nullable: false },
  startDate: { sql: 'r.start_date', nullable: true },
  endDate: { sql: 'r.end_date', nullable: true },
  place: { sql: 'r.place COLLATE NOCASE', nullable: true },
  city: { sql: 'r.city COLLATE NOCASE', nullable: true },
  country: { sql: 'r.country COLLATE NOCASE', nullable: true },
  countryCode: { sql: 'r.country_code', nullable: true },
  createdAt: { sql: 'r.created_at', nullable: false },
  updatedAt: { sql: 'r.updated_at', nullable: false },
  id: { sql: 'r.id', nullable: false }
}

export interface SqlPart {
  sql: string
  params: unknown[]
}

export type FilterKey = keyof RecordFilters

/** The filters that belong to one facet: a facet's counts are computed with its own filters left out. */
export const FACET_FILTERS = {
  year: ['yearFrom', 'yearTo', 'noDate'],
  country: ['countryCodes', 'noCountry'],
  city: ['cities', 'noCity'],
  tag: ['tags', 'noTags'],
  batch: ['batchIds'],
  warnings: ['hasWarnings'],
  place: ['noPlace']
} as const satisfies Record<string, readonly FilterKey[]>

const placeholders = (values: readonly unknown[]): string => values.map(() => '?').join(',')

/** Whether a filter value selects anything: absent and empty lists do not (false does: "without"). */
export const filterIsSet = (value: unknown): boolean => value !== undefined && !(Array.isArray(value) && value.length === 0)

/** Joins alternatives that each select some records ("2010–2012 or undated"). */
function anyOf(parts: string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`
}

/**
 * The search and filter conditions (on alias `r`), without the status. Every value is bound,
 * never spliced. `skip` leaves some filters out (a facet's own).
 */
export function filterConditions(scope: RecordScope, skip: readonly FilterKey[] = []): SqlPart {
  const fts = scope.search ? toFtsQuery(scope.search) : null
  const filters = fieldConditions(scope, skip)
  if (!fts) return filters
  const search = 'r.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)'
  return { sql: filters.sql ? `${search} AND ${filters.sql}` : search, params: [fts, ...filters.params] }
}

/**
 * FROM and WHERE for a scope, full-text first: the matches come from the FTS index and only
 * they are read from the records table (by rowid). CROSS JOIN fixes that order, so the plan
 * does not hang on the statistics SQLite may or may not have. `statuses` defaults to the scope's.
 */
export function scopeSql(
  scope: RecordScope,
  options: { skip?: readonly FilterKey[]; statuses?: readonly number[]; matchesIn?: string } = {}
): { from: string; where: string; params: unknown[] } {
  // `matchesIn`: a table (aliased r) already holding the search's matches, with the records' columns.
  const fts = scope.search && !options.matchesIn ? toFtsQuery(scope.search) : null
  const statuses = options.statuses ?? [scope.status === 'trashed' ? 1 : 0]
  const filters = fieldConditions(scope, options.skip ?? [])
  const status = statuses.length === 1 ? 'r.status = ?' : `r.status IN (${placeholders(statuses)})`
  return {
    from: options.matchesIn ?? (fts ? '(SELECT rowid AS id FROM records_fts WHERE records_fts MATCH ?) m CROSS JOIN records r ON r.id = m.id' : 'records r'),
    where: filters.sql ? `${status} AND ${filters.sql}` : status,
    params: [...(fts ? [fts] : []), ...statuses, ...filters.params]
  }
}

/** True when the scope has a search that leaves something to look for. */
export function hasSearch(scope: RecordScope): boolean {
  return !!scope.search && toFtsQuery(scope.search) !== null
}

/** The filter conditions alone (no search, no status). */
function fieldConditions(scope: RecordScope, skip: readonly FilterKey[]): SqlPart {
  const clauses: string[] = []
  const params: unknown[] = []
  const f: RecordFilters = scope.filters ?? {}
  const use = <K extends FilterKey>(key: K): RecordFilters[K] | undefined => (skip.includes(key) ? undefined : f[key])

  const yearFrom = use('yearFrom')
  const yearTo = use('yearTo')
  if (yearFrom !== undefined || yearTo !== undefined || use('noDate')) {
    const range: string[] = []
    if (yearFrom !== undefined) {
      range.push('r.start_year >= ?')
      params.push(yearFrom)
    }
    if (yearTo !== undefined) {
      range.push('r.start_year <= ?')
      params.push(yearTo)
    }
    const parts = range.length > 0 ? [range.join(' AND ')] : []
    if (use('noDate')) parts.push('r.start_date IS NULL')
    clauses.push(anyOf(parts))
  }

  const codes = use('countryCodes') ?? []
  if (codes.length > 0 || use('noCountry')) {
    const parts = codes.length > 0 ? [`r.country_code IN (${placeholders(codes)})`] : []
    params.push(...codes)
    if (use('noCountry')) parts.push('r.country_code IS NULL')
    clauses.push(anyOf(parts))
  }

  const cities = use('cities') ?? []
  if (cities.length > 0 || use('noCity')) {
    const parts = cities.length > 0 ? [`r.city IN (${placeholders(cities)})`] : []
    params.push(...cities)
    if (use('noCity')) parts.push("(r.city IS NULL OR r.city = '')")
    clauses.push(anyOf(parts))
  }

  const tags = use('tags') ?? []
  if (tags.length > 0 || use('noTags')) {
    // Every chosen tag must be present (narrowing, as facets do). Looking the tag up first
    // lets SQLite walk record_tags by tag instead of probing every record.
    const all = tags.map(() => 'r.id IN (SELECT rt.record_id FROM record_tags rt WHERE rt.tag_id = (SELECT t.id FROM tags t WHERE t.name = ?))')
    params.push(...tags)
    const parts = all.length > 0 ? [all.join(' AND ')] : []
    if (use('noTags')) parts.push('NOT EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = r.id)')
    clauses.push(anyOf(parts))
  }

  const batches = use('batchIds') ?? []
  if (batches.length > 0) {
    clauses.push(`r.batch_id IN (${placeholders(batches)})`)
    params.push(...batches)
  }
  const hasWarnings = use('hasWarnings')
  if (hasWarnings !== undefined) clauses.push(hasWarnings ? 'r.warnings IS NOT NULL' : 'r.warnings IS NULL')
  const noPlace = use('noPlace')
  if (noPlace !== undefined) clauses.push(noPlace ? "(r.place IS NULL OR r.place = '')" : "(r.place IS NOT NULL AND r.place != '')")
  return { sql: clauses.join(' AND '), params }
}

/** The WHERE clause (on alias `r`) for a scope: its status, search and filters. */
export function whereClause(scope: RecordScope, skip?: FilterKey | readonly FilterKey[]): SqlPart {
  const conditions = filterConditions(scope, skip === undefined ? [] : typeof skip === 'string' ? [skip] : skip)
  const status = 'r.status = ?'
  return {
    sql: conditions.sql ? `${status} AND ${conditions.sql}` : status,
    params: [scope.status === 'trashed' ? 1 : 0, ...conditions.params]
  }
}

/**
 * ORDER BY with the id as tie-breaker, so pages never repeat or skip rows. Empty values sort
 * last either way; for a column that is never empty no NULLS clause is written, so SQLite can
 * walk an index instead of sorting.
 */
export function orderClause(query: Pick<RecordQuery, 'sort'>): string {
  const sort = query.sort ?? { field: 'startDate', direction: 'desc' }
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC'
  const column = SORT_COLUMNS[sort.field]
  if (sort.field === 'id') return `r.id ${direction}`
  // NULLs are the smallest values in SQLite, so DESC already puts them last.
  const nulls = column.nullable && direction === 'ASC' ? ' NULLS LAST' : ''
  return `${column.sql} ${direction}${nulls}, r.id ${direction}`
}
