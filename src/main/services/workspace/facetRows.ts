import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import { FACET_FILTERS, filterConditions, scopeSql, type FilterKey } from '../records/queryBuilder'
import { bump, emptyRaw, type RawFacets } from './rawFacets'

type FilterGroup = keyof typeof FACET_FILTERS
const GROUPS = Object.keys(FACET_FILTERS) as FilterGroup[]
const ALL_KEYS = GROUPS.flatMap((g) => [...FACET_FILTERS[g]]) as FilterKey[]

/** Row columns, in order; the filter groups' verdicts follow them. */
const VALUES = [
  'r.status',
  'r.start_year',
  'r.country_code',
  "nullif(r.city, '')",
  'r.batch_id',
  'r.warnings IS NOT NULL',
  "coalesce(r.place, '') = ''",
  '(SELECT group_concat(rt.tag_id) FROM record_tags rt WHERE rt.record_id = r.id)'
]

/**
 * Facet counts for a search, counted in JavaScript from one row per match. A search's matches
 * are scattered records, and SQLite groups by sorting: for a plain search, eight GROUP BYs over
 * them cost more than handing each match over once (185 ms against 240 ms for 39,000 matches
 * in a million records). It is correct for any scope: SQL still decides every filter, each
 * filter group the scope uses coming back as a 0/1 column, and a facet counts a match when
 * every group but its own says yes, which is the "own filters left out" rule.
 */
export function rowFacets(db: Db, scope: RecordScope): RawFacets {
  const filters = scope.filters ?? {}
  const used = GROUPS.filter((g) => FACET_FILTERS[g].some((key) => filters[key] !== undefined))
  const verdicts = used.map((g) => filterConditions({ filters }, ALL_KEYS.filter((key) => !(FACET_FILTERS[g] as readonly FilterKey[]).includes(key))))
  const s = scopeSql({ search: scope.search }, { statuses: [0, 1] })
  const columns = [...VALUES, ...verdicts.map((v) => `coalesce(${v.sql}, 0)`)]
  const rows = db
    .prepare(`SELECT ${columns.join(', ')} FROM ${s.from} WHERE ${s.where}`)
    .raw()
    .all(...verdicts.flatMap((v) => v.params), ...s.params) as unknown[][]

  const inScope = scope.status === 'trashed' ? 1 : 0
  const raw = emptyRaw()
  for (const row of rows) {
    // One bit per filter group that turned the match away.
    let failed = 0
    for (let i = 0; i < used.length; i++) if (row[VALUES.length + i] !== 1) failed |= BIT[used[i]!]
    if (failed === 0) raw.status[row[0] === 1 ? 'trashed' : 'active']++
    if (row[0] !== inScope) continue
    // A facet counts the match when no filter but its own turned it away.
    if ((failed & ~BIT.year) === 0) bump(raw.years, row[1] as number | null)
    if ((failed & ~BIT.country) === 0) bump(raw.countries, row[2] as string | null)
    if ((failed & ~BIT.city) === 0) bump(raw.cities, row[3] as string | null)
    if ((failed & ~BIT.batch) === 0 && row[4] !== null) bump(raw.batches, row[4] as number)
    if ((failed & ~BIT.warnings) === 0) raw.warnings[row[5] === 1 ? 'with' : 'without']++
    if ((failed & ~BIT.place) === 0) raw.place[row[6] === 1 ? 'missing' : 'present']++
    if ((failed & ~BIT.tag) === 0) {
      const tags = row[7] as string | null
      if (tags === null) raw.untagged++
      else for (const id of tags.split(',')) bump(raw.tags, Number(id))
    }
  }
  raw.total = raw.status[inScope === 1 ? 'trashed' : 'active']
  return raw
}

const BIT = Object.fromEntries(GROUPS.map((g, i) => [g, 1 << i])) as Record<FilterGroup, number>
