import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import { FACET_FILTERS, filterIsSet, hasSearch, scopeSql, type FilterKey } from '../records/queryBuilder'
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
  const anchor = ANCHORS.find((facet) => FACET_FILTERS[facet].some((key) => filterIsSet(f[key])))
  if (!anchor) return null
  const only = Object.fromEntries(FACET_FILTERS[anchor].map((key) => [key, f[key]]))
  const s = scopeSql({ filters: only }, { statuses: [0, 1] })
  return { sql: `SELECT ${COLUMNS} FROM ${s.from} WHERE ${s.where}`, params: s.params, anchor }
}

/**
 * Whether a narrow filter (batch, city, country, tag) picks the records the facets count from.
 * Without one (and without a search) every GROUP BY sorts most of the collection: 4 s at a
 * million records, where one pass handing each record to a tally (facetRows) takes ~1 s.
 */
export function hasAnchor(scope: RecordScope): boolean {
  const f = scope.filters ?? {}
  return ANCHORS.some((facet) => FACET_FILTERS[facet].some((key) => filterIsSet(f[key])))
}

/** One facet's GROUP BY: its value expression over the records its own filters leave out of the scope. */
interface Branch {
  facet: string
  expression: string
  from: string
  where: string
  params: unknown[]
  join: string
}

/** Facets with few values: those that share a WHERE clause are counted in one sorting pass. */
const FEW_VALUES = new Set(['year', 'country', 'batch', 'warned', 'placeless'])

/**
 * Every facet's counts in one statement: one GROUP BY per facet, each with its own filters
 * left out, joined by UNION ALL, over a materialized table of the search's matches (or of an
 * anchor filter's records), so the full-text index is read once and only a few hundred
 * (facet, value, count) rows ever reach JavaScript. SQLite groups by sorting, so facets with
 * few values and the same WHERE (all of them, for a plain search) are grouped together once,
 * by every combination of their values, and each is then summed from those few rows.
 */
export function sqlFacets(db: Db, scope: RecordScope): RawFacets {
  const matches = matchesFor(scope)
  const branches: Branch[] = []
  const branch = (facet: string, expression: string, skip: readonly FilterKey[], options: { statuses?: number[]; join?: string; own?: string } = {}): void => {
    // Every facet counts from the matches, except the anchor's own, which must look beyond its filter.
    const fromMatches = matches !== null && (matches.anchor === undefined || options.own !== matches.anchor)
    const s = scopeSql(scope, { skip, statuses: options.statuses, matchesIn: fromMatches ? 'matches r' : undefined })
    branches.push({ facet, expression, from: s.from, where: s.where, params: s.params, join: options.join ?? '' })
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

  const ctes: string[] = matches ? [`matches AS MATERIALIZED (${matches.sql})`] : []
  const params: unknown[] = matches ? [...matches.params] : []
  const selects: { sql: string; params: unknown[] }[] = []
  const groups = new Map<string, Branch[]>()
  for (const b of branches) {
    if (!FEW_VALUES.has(b.facet)) {
      selects.push({ sql: `SELECT '${b.facet}', ${b.expression}, count(*) FROM ${b.from}${b.join} WHERE ${b.where} GROUP BY 2`, params: b.params })
      continue
    }
    const key = JSON.stringify([b.from, b.join, b.where, b.params])
    groups.set(key, [...(groups.get(key) ?? []), b])
  }
  for (const members of groups.values()) {
    const { from, join, where, params: groupParams } = members[0]!
    const name = `combo${ctes.length}`
    const values = members.map((b, i) => `${b.expression} AS v${i}`).join(', ')
    ctes.push(`${name} AS MATERIALIZED (SELECT ${values}, count(*) AS n FROM ${from}${join} WHERE ${where} GROUP BY ${members.map((_, i) => i + 1).join(', ')})`)
    params.push(...groupParams)
    members.forEach((b, i) => selects.push({ sql: `SELECT '${b.facet}', v${i}, sum(n) FROM ${name} GROUP BY 2`, params: [] }))
  }
  for (const select of selects) params.push(...select.params)
  const sql = `${ctes.length > 0 ? `WITH ${ctes.join(',\n')} ` : ''}${selects.map((select) => select.sql).join('\nUNION ALL ')}`
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
