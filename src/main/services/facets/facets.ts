import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import type { WorkspaceFacets } from '../../../shared/contracts/workspace'
import { VersionedCache } from '../records/versionedCache'
import { cubeAnswers, cubeFacets } from './facetCube'
import { hasAnchor, sqlFacets } from './facetSql'
import { finishFacets, type RawFacets } from './rawFacets'
import { rowFacets } from './facetRows'
import { columnFacets } from './facetColumns'
import { filterIsSet, hasSearch } from '../records/queryBuilder'

export const DEFAULT_FACET_LIMIT = 50
const cache = new VersionedCache<RawFacets>(16)

/** How the counts are made: chosen by what makes the scope cheap to count. */
export type FacetStrategy = 'cube' | 'sql' | 'rows' | 'columns'

export function facetStrategy(scope: RecordScope): FacetStrategy {
  if (cubeAnswers(scope)) return 'cube'
  // Filters shrink what the GROUP BYs sort, while the tally still receives every match: it pays only for a plain search.
  const filtered = Object.values(scope.filters ?? {}).some(filterIsSet)
  if (hasSearch(scope)) return filtered ? 'sql' : 'rows'
  // No search and no narrow filter: the GROUP BYs would each sort most of the collection.
  return hasAnchor(scope) ? 'sql' : 'rows'
}

function requireColumns(db: Db, scope: RecordScope): RawFacets {
  const raw = columnFacets(db, scope)
  if (!raw) throw new Error('the search columns cannot count this scope (not loaded, a tag filter, or no search)')
  return raw
}

const COUNTERS: Record<FacetStrategy, (db: Db, scope: RecordScope) => RawFacets> = { cube: cubeFacets, sql: sqlFacets, rows: rowFacets, columns: requireColumns }

/**
 * Facet counts, OpenRefine style: each facet counts the records that match the search and
 * every filter except its own, so choosing a country still shows the other countries' counts.
 * Four ways, one answer (the tests hold each to the same reference): precomputed counts for
 * the collection and its year ranges; for a search in a large collection, the search columns
 * held in memory (records/searchColumns) once loaded; for a plain search, each match handed
 * once to a counting function; otherwise one statement of GROUP BYs over the records the
 * filters select. Answers are kept while the data is unchanged. `strategy` forces one (tests).
 */
export function computeFacets(db: Db, scope: RecordScope, limit = DEFAULT_FACET_LIMIT, strategy?: FacetStrategy): WorkspaceFacets {
  const fallback = strategy ?? facetStrategy(scope)
  const key = JSON.stringify([strategy ?? 'auto', scope.search ?? '', scope.status ?? 'active', scope.filters ?? {}])
  const raw = cache.get(db, key, () => (strategy === undefined && fallback !== 'cube' ? columnFacets(db, scope) : null) ?? COUNTERS[fallback](db, scope))
  return finishFacets(db, raw, limit)
}
