import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import type { WorkspaceOverview } from '../../../shared/contracts/workspace'
import { scopeSql } from '../records/queryBuilder'
import { countryName } from '../import/place'
import { cubeAnswers } from './facetCube'

export const DEFAULT_COUNTRY_LIMIT = 25

/**
 * The collection at a glance for the current search and every filter: events per start year
 * and per country. Unlike facets, nothing is left out: the charts show what the grid shows.
 */
export function computeOverview(db: Db, scope: RecordScope, countryLimit = DEFAULT_COUNTRY_LIMIT): WorkspaceOverview {
  const { years, countries } = cubeAnswers(scope) ? fromCube(db, scope) : fromRecords(db, scope)
  const shown = countries.slice(0, countryLimit)
  return {
    total: years.reduce((sum, [, count]) => sum + count, 0),
    years: years.filter(([y]) => y !== null).map(([y, count]) => ({ value: y as number, count })),
    undated: years.find(([y]) => y === null)?.[1] ?? 0,
    countries: shown.map(([code, count]) => ({ value: code, count, name: code ? (countryName(code) ?? null) : null })),
    otherCountries: countries.slice(countryLimit).reduce((sum, [, count]) => sum + count, 0)
  }
}

type Counts = { years: [number | null, number][]; countries: [string | null, number][] }

/** Both charts in one statement, the search's matches (if any) read once from the full-text index. */
function fromRecords(db: Db, scope: RecordScope): Counts {
  const s = scopeSql(scope)
  const sql = `WITH selected AS MATERIALIZED (SELECT r.start_year, r.country_code FROM ${s.from} WHERE ${s.where})
    SELECT 'year', start_year, count(*) FROM selected GROUP BY 2 UNION ALL SELECT 'country', country_code, count(*) FROM selected GROUP BY 2`
  const rows = db.prepare(sql).raw().all(...s.params) as [string, unknown, number][]
  const years = rows.filter(([kind]) => kind === 'year').map(([, y, n]) => [y as number | null, n] as [number | null, number])
  const countries = rows.filter(([kind]) => kind === 'country').map(([, c, n]) => [c as string | null, n] as [string | null, number])
  years.sort(([a], [b]) => (a ?? -Infinity) - (b ?? -Infinity))
  countries.sort((a, b) => b[1] - a[1] || ((a[0] ?? '') < (b[0] ?? '') ? -1 : (a[0] ?? '') > (b[0] ?? '') ? 1 : 0))
  return { years, countries }
}

/** The same counts from facet_counts: a year range of the whole collection needs no record read. */
function fromCube(db: Db, scope: RecordScope): Counts {
  const f = scope.filters ?? {}
  const status = scope.status === 'trashed' ? 1 : 0
  const inRange = (year: number): boolean =>
    (f.yearFrom === undefined && f.yearTo === undefined && !f.noDate) ||
    ((f.yearFrom !== undefined || f.yearTo !== undefined) && year !== -1 && year >= (f.yearFrom ?? -Infinity) && year <= (f.yearTo ?? Infinity)) ||
    (!!f.noDate && year === -1)
  const rows = db.prepare("SELECT dim, value, year, sum(n) FROM facet_counts WHERE dim IN ('warned', 'country') AND status = ? GROUP BY dim, value, year").raw().all(status) as [string, string, number, number][]
  const years = new Map<number | null, number>()
  const countries = new Map<string | null, number>()
  for (const [dim, value, year, n] of rows) {
    if (n === 0 || !inRange(year)) continue
    if (dim === 'warned') years.set(year === -1 ? null : year, (years.get(year === -1 ? null : year) ?? 0) + n)
    else countries.set(value === '' ? null : value, (countries.get(value === '' ? null : value) ?? 0) + n)
  }
  return {
    years: [...years].sort(([a], [b]) => (a ?? -1) - (b ?? -1)),
    countries: [...countries].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1))
  }
}
