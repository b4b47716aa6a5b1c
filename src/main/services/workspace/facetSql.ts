import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import { FACET_FILTERS, hasSearch, scopeSql, type FilterKey } from '../records/queryBuilder'
import { bump, emptyRaw, type RawFacets } from './rawFacets'

const COLUMNS = 'r.id, r.status, r.start_year, r.start_date, r.country_code, r.city, r.batch_id, r.warnings, r.place'

/** Filters that pick a small part of the collection through an index, best first: a good anchor. */
const ANCHORS = ['batch', 'city', 'country', 'tag'] as const

/**
 * The records every facet but one counts from, copied once into a materialized table: the
 * matches of the search, or else the records one narrow filter (the anchor) selects. Only the
 * anchor's own facet, which must look beyond it, reads the records table again.
 */
function matchesFor(scope: RecordScope): { sql: string; params: unknown[]; anchor?: (typeof ANCHORS)[number] } | null {
  if (hasSearch(scope)) {
    const s = scopeSql({ search: scope.search }, { statuses: [0, 1] })
    return { sql: `SELECT ${COLUMNS} FROM ${s.from} WHERE ${s.where}`, params: s.params }
  }
  const f = scope.filters ?? {}
  const anchor = ANCHORS.find((facet) => FACET_FILTERS[facet].some((key) => f[key] !== undefined && !(Array.isArray(f[key]) && f[key].length === 0)))
  if (!anchor) return null
  const only = Object.fromEntries(FACET_FILTERS[anchor].map((key) => [key, f[key]]))
  const s = scopeSql({ filters: only }, { statuses: [0, 1] })
  return { sql: `SELECT ${COLUMNS} FROM ${s.from} WHERE ${s.where}`, params: s.params, anchor }
}

/**
 * Every facet's counts in one statement: one GROUP BY per facet, each with its own filters
 * left out, joined by UNION ALL, over a materialized table of the search's matches (or of an
 * anchor filter's records), so the full-text index is read once and only a few hundred
 * (facet, value, count) rows ever reach JavaScript.
 */
export function sqlFacets(db: Db, scope: RecordScope): RawFacets {
  const matches = matchesFor(scope)
  const params: unknown[] = matches ? [...matches.params] : []
  const branches: string[] = []
  const branch = (facet: string, expression: string, skip: readonly FilterKey[], options: { statuses?: number[]; join?: string; own?: string } = {}): void => {
    const fromMatches = matches !== null && options.own !== matches.anchor
    const s = scopeSql(scope, { skip, statuses: options.statuses, matchesIn: fromMatches ? 'matches r' : undefined })
    branches.push(`SELECT '${facet}', ${expression}, count(*) FROM ${s.from}${options.join ?? ''} WHERE ${s.where} GROUP BY 2`)
    params.push(...s.params)
  }
  branch('year', 'r.start_year', FACET_FILTERS.year)
  branch('country', 'r.country_code', FACET_FILTERS.country, { own: 'country' })
  branch('city', "nullif(r.city, '')", FACET_FILTERS.city, { own: 'city' })
  branch('batch', 'r.batch_id', FACET_FILTERS.batch, { own: 'batch' })
  branch('status', 'r.status', [], { statuses: [0, 1] })
  // LEFT JOIN: the records without any tag come out as the NULL tag, in the same pass.
  branch('tag', 'rt.tag_id', FACET_FILTERS.tag, { join: ' LEFT JOIN record_tags rt ON rt.record_id = r.id', own: 'tag' })
  branch('warned', 'r.warnings IS NOT NULL', FACET_FILTERS.warnings)
  branch('placeless', "coalesce(r.place, '') = ''", FACET_FILTERS.place)

  const sql = `${matches ? `WITH matches AS MATERIALIZED (${matches.sql}) ` : ''}${branches.join('\nUNION ALL ')}`
  const rows = db.prepare(sql).raw().all(...params) as [string, unknown, number][]
  const raw = emptyRaw()
  for (const [facet, value, n] of rows) {
    switch (facet) {
      case 'year': bump(raw.years, value as number | null, n); break
      case 'country': bump(raw.countries, value as string | null, n); break
      case 'city': bump(raw.cities, value as string | null, n); break
      case 'batch': if (value !== null) bump(raw.batches, value as number, n); break
      case 'status': raw.status[value === 1 ? 'trashed' : 'active'] = n; break
      case 'tag': if (value === null) raw.untagged = n; else bump(raw.tags, value as number, n); break
      case 'warned': raw.warnings[value === 1 ? 'with' : 'without'] = n; break
      case 'placeless': raw.place[value === 1 ? 'missing' : 'present'] = n; break
    }
  }
  raw.total = scope.status === 'trashed' ? raw.status.trashed : raw.status.active
  return raw
}
