import type { Db } from '../../db/open'
import type { RecordFilters, RecordScope } from '../../../shared/query'
import { hasSearch } from '../records/queryBuilder'
import { bump, emptyRaw, type RawFacets } from './rawFacets'

const YEAR_KEYS: readonly (keyof RecordFilters)[] = ['yearFrom', 'yearTo', 'noDate']

/** The precomputed counts (migration 0004) answer a scope without a search whose only filters are years. */
export function cubeAnswers(scope: RecordScope): boolean {
  if (hasSearch(scope)) return false
  return Object.entries(scope.filters ?? {}).every(([key, value]) => value === undefined || YEAR_KEYS.includes(key as keyof RecordFilters))
}

/** The year filters as a condition on facet_counts.year (-1: undated), with the same "or" as the query builder. */
function yearCondition(filters: RecordFilters): { sql: string; params: unknown[] } {
  const hasRange = filters.yearFrom !== undefined || filters.yearTo !== undefined
  if (!hasRange && !filters.noDate) return { sql: '1', params: [] }
  const parts: string[] = []
  const params: unknown[] = []
  if (hasRange) {
    parts.push('(year != -1 AND year BETWEEN ? AND ?)')
    params.push(filters.yearFrom ?? -1_000_000, filters.yearTo ?? 1_000_000)
  }
  if (filters.noDate) parts.push('year = -1')
  return { sql: `(${parts.join(' OR ')})`, params }
}

const statusOf = (scope: RecordScope): number => (scope.status === 'trashed' ? 1 : 0)

/** How many records the scope selects, read from the precomputed counts. */
export function cubeCount(db: Db, scope: RecordScope): number {
  const years = yearCondition(scope.filters ?? {})
  return db
    .prepare(`SELECT coalesce(sum(n), 0) FROM facet_counts WHERE dim = 'warned' AND status = ? AND ${years.sql}`)
    .pluck()
    .get(statusOf(scope), ...years.params) as number
}

export function cubeFacets(db: Db, scope: RecordScope): RawFacets {
  const raw = emptyRaw()
  const status = statusOf(scope)
  const years = yearCondition(scope.filters ?? {})
  const sums = (dim: string): [string, number][] =>
    db
      .prepare(`SELECT value, sum(n) FROM facet_counts WHERE dim = ? AND status = ? AND ${years.sql} GROUP BY value`)
      .raw()
      .all(dim, status, ...years.params) as [string, number][]

  const perYear = db.prepare("SELECT year, sum(n) FROM facet_counts WHERE dim = 'warned' AND status = ? GROUP BY year").raw().all(status) as [number, number][]
  for (const [year, n] of perYear) bump(raw.years, year === -1 ? null : year, n)
  for (const [code, n] of sums('country')) bump(raw.countries, code === '' ? null : code, n)
  for (const [city, n] of sums('city')) bump(raw.cities, city === '' ? null : city, n)
  for (const [batch, n] of sums('batch')) if (batch !== '') bump(raw.batches, Number(batch), n)
  for (const [tag, n] of sums('tag')) bump(raw.tags, Number(tag), n)
  for (const [flag, n] of sums('warned')) raw.warnings[flag === '1' ? 'with' : 'without'] += n
  for (const [flag, n] of sums('placeless')) raw.place[flag === '1' ? 'missing' : 'present'] += n
  raw.untagged = sums('tagged').find(([flag]) => flag === '0')?.[1] ?? 0
  const perStatus = db
    .prepare(`SELECT status, sum(n) FROM facet_counts WHERE dim = 'warned' AND status IN (0, 1) AND ${years.sql} GROUP BY status`)
    .raw()
    .all(...years.params) as [number, number][]
  for (const [s, n] of perStatus) raw.status[s === 1 ? 'trashed' : 'active'] = n
  raw.total = status === 1 ? raw.status.trashed : raw.status.active
  return raw
}
