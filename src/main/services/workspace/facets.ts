import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import type { WorkspaceFacets } from '../../../shared/contracts/workspace'
import { VersionedCache } from '../records/versionedCache'
import { cubeAnswers, cubeFacets } from './facetCube'
import { sqlFacets } from './facetSql'
import { finishFacets, type RawFacets } from './rawFacets'
import { rowFacets } from './facetRows'
import { filterIsSet, hasSearch } from '../records/queryBuilder'

export const DEFAULT_FACET_LIMIT = 50
const cache = new VersionedCache<RawFacets>(16)

/** How the counts are made: chosen by what makes the scope cheap to count. */
export type FacetStrategy = 'cube' | 'sql' | 'rows'

export function facetStrategy(scope: RecordScope): FacetStrategy {
  if (cubeAnswers(scope)) return 'cube'
  // Filters shrink what the GROUP BYs sort, while the tally still receives every match: it pays only for a plain search.
  const filtered = Object.values(scope.filters ?? {}).some(filterIsSet)
  return hasSearch(scope) && !filtered ? 'rows' : 'sql'
}

const COUNTERS: Record<FacetStrategy, (db: Db, scope: RecordScope) => RawFacets> = { cube: cubeFacets, sql: sqlFacets, rows: rowFacets }

/**
 * Facet counts, OpenRefine style: each facet counts the records that match the search and
 * every filter except its own, so choosing a country still shows the other countries' counts.
 * Three ways, one answer (the tests hold each to the same reference): precomputed counts for
 * the collection and its year ranges; for a plain search, each match handed once to a counting
 * function; otherwise one statement of GROUP BYs over the records the filters select. Answers
 * are kept while the data is unchanged.
 */
export function computeFacets(db: Db, scope: RecordScope, limit = DEFAULT_FACET_LIMIT, strategy = facetStrategy(scope)): WorkspaceFacets {
  const key = JSON.stringify([strategy, scope.search ?? '', scope.status ?? 'active', scope.filters ?? {}])
  const raw = cache.get(db, key, () => COUNTERS[strategy](db, scope))
  return finishFacets(db, raw, limit)
}
