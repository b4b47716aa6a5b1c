import type { Db } from '../../db/open'
import type { RecordScope } from '../../../shared/query'
import type { WorkspaceFacets } from '../../../shared/contracts/workspace'
import { VersionedCache } from '../records/versionedCache'
import { cubeAnswers, cubeFacets } from './facetCube'
import { sqlFacets } from './facetSql'
import { finishFacets, type RawFacets } from './rawFacets'

export const DEFAULT_FACET_LIMIT = 50
const cache = new VersionedCache<RawFacets>(16)

/** How the counts are made: chosen by what makes the scope cheap to count. */
export type FacetStrategy = 'cube' | 'sql'

export function facetStrategy(scope: RecordScope): FacetStrategy {
  return cubeAnswers(scope) ? 'cube' : 'sql'
}

/**
 * Facet counts, OpenRefine style: each facet counts the records that match the search and
 * every filter except its own, so choosing a country still shows the other countries' counts.
 * Two ways, one answer (the tests hold both to the same reference): precomputed counts for the
 * collection and its year ranges, and one statement of GROUP BYs over the records a search or
 * the filters select. Answers are kept while the data is unchanged.
 */
export function computeFacets(db: Db, scope: RecordScope, limit = DEFAULT_FACET_LIMIT, strategy = facetStrategy(scope)): WorkspaceFacets {
  const key = JSON.stringify([strategy, scope.search ?? '', scope.status ?? 'active', scope.filters ?? {}])
  const raw = cache.get(db, key, () => (strategy === 'cube' ? cubeFacets(db, scope) : sqlFacets(db, scope)))
  return finishFacets(db, raw, limit)
}
