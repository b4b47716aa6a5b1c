import type { RecordFilters, RecordQuery, RecordScope, SortField } from '../../../shared/query'
import { toFtsQuery } from './ftsQuery'

const SORT_COLUMNS: Record<SortField, string> = {
  title: 'r.title COLLATE NOCASE',
  startDate: 'r.start_date',
  endDate: 'r.end_date',
  place: 'r.place COLLATE NOCASE',
  city: 'r.city COLLATE NOCASE',
  country: 'r.country COLLATE NOCASE',
  countryCode: 'r.country_code',
  createdAt: 'r.created_at',
  updatedAt: 'r.updated_at',
  id: 'r.id'
}

export interface SqlPart {
  sql: string
  params: unknown[]
}

/** The WHERE clause (on alias `r`) for a search plus filters; every value bound, never spliced. */
export function whereClause(scope: RecordScope, skipFilter?: keyof RecordFilters): SqlPart {
  const clauses: string[] = ['r.status = ?']
  const params: unknown[] = [scope.status === 'trashed' ? 1 : 0]
  const fts = scope.search ? toFtsQuery(scope.search) : null
  if (fts) {
    clauses.push('r.id IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)')
    params.push(fts)
  }
  const f: RecordFilters = scope.filters ?? {}
  const use = (key: keyof RecordFilters): boolean => key !== skipFilter && f[key] !== undefined
  if (use('yearFrom')) {
    clauses.push('r.start_year >= ?')
    params.push(f.yearFrom)
  }
  if (use('yearTo')) {
    clauses.push('r.start_year <= ?')
    params.push(f.yearTo)
  }
  if (use('countryCodes') && f.countryCodes!.length > 0) {
    const list = f.countryCodes!.map(() => '?').join(',')
    clauses.push(f.noCountry && use('noCountry') ? `(r.country_code IN (${list}) OR r.country_code IS NULL)` : `r.country_code IN (${list})`)
    params.push(...f.countryCodes!)
  } else if (use('noCountry') && f.noCountry) {
    clauses.push('r.country_code IS NULL')
  }
  if (use('cities') && f.cities!.length > 0) {
    clauses.push(`r.city IN (${f.cities!.map(() => '?').join(',')})`)
    params.push(...f.cities!)
  }
  if (use('tags') && f.tags!.length > 0) {
    // Every chosen tag must be present (narrowing, as facets do).
    for (const tag of f.tags!) {
      clauses.push('EXISTS (SELECT 1 FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.record_id = r.id AND t.name = ?)')
      params.push(tag)
    }
  }
  if (use('batchIds') && f.batchIds!.length > 0) {
    clauses.push(`r.batch_id IN (${f.batchIds!.map(() => '?').join(',')})`)
    params.push(...f.batchIds!)
  }
  if (use('hasWarnings') && f.hasWarnings !== undefined) clauses.push(f.hasWarnings ? 'r.warnings IS NOT NULL' : 'r.warnings IS NULL')
  if (use('noPlace') && f.noPlace !== undefined) {
    clauses.push(f.noPlace ? "(r.place IS NULL OR r.place = '')" : "(r.place IS NOT NULL AND r.place != '')")
  }
  return { sql: clauses.join(' AND '), params }
}

/** ORDER BY with the id as tie-breaker, so pages never repeat or skip rows. */
export function orderClause(query: Pick<RecordQuery, 'sort'>): string {
  const sort = query.sort ?? { field: 'startDate', direction: 'desc' }
  const direction = sort.direction === 'asc' ? 'ASC' : 'DESC'
  if (sort.field === 'id') return `r.id ${direction}`
  return `${SORT_COLUMNS[sort.field]} ${direction} NULLS LAST, r.id ${direction}`
}
