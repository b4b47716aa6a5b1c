import type { WorkspaceResults, workspaceContract } from '../../../shared/contracts/workspace'
import { AppError } from '../../../shared/errors'
import type { HandlersFor, Services } from '../context'
import { parseDateText } from '../import/dates'
import { splitPlace } from '../import/place'
import { computeFacets } from './facets'
import { computeOverview } from './overview'
import { batchInfo, tagCompletions } from './lookups'
import { tuneForLargeCollections } from './tuning'
import { idsInScope } from '../records/recordQueries'

export function workspaceHandlers(s: Services): HandlersFor<typeof workspaceContract, WorkspaceResults> {
  const { db } = s
  tuneForLargeCollections(db)
  return {
    'workspace:facets': ({ limit, ...scope }) => computeFacets(db, scope, limit),
    'workspace:overview': ({ countryLimit, ...scope }) => computeOverview(db, scope, countryLimit),
    'workspace:readDate': ({ text }) => {
      if (text.trim() === '') return { reading: null }
      const reading = parseDateText(text)
      if (!reading) return { reading: null }
      return { reading: { startDate: reading.startDate, endDate: reading.endDate, warnings: reading.warnings, matchedText: reading.matchedText } }
    },
    'workspace:readPlace': ({ text }) => {
      if (text.trim() === '') return { reading: null }
      const { city, country, countryCode, online, countryInferred } = splitPlace(text)
      return { reading: { city, country, countryCode, online, countryInferred: countryInferred ?? false } }
    },
    'workspace:tags': ({ prefix, limit }) => tagCompletions(db, prefix ?? '', limit ?? 20),
    'workspace:batch': ({ id }) => {
      const batch = batchInfo(db, id)
      if (!batch) throw new AppError('NOT_FOUND', `import batch ${id} does not exist`)
      return batch
    },
    'workspace:ids': (scope) => idsInScope(db, scope)
  }
}
