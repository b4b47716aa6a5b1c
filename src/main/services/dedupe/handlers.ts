import type { DedupeResults, dedupeContract } from '../../../shared/contracts/dedupe'
import type { HandlersFor, Services } from '../context'
import { startScan } from './service/scanJob'
import { loadQueue } from './service/queue'
import { dismissPairs, undismissPairs } from './service/decisions'
import { mergeRecords } from './service/merge'
import { acceptAbove } from './service/acceptAbove'
import { applyCluster, runClusters } from './service/clusters'
import { recordSources } from './service/provenance'
import { currentModel, startEstimate } from './service/modelJob'

export function dedupeHandlers(s: Services): HandlersFor<typeof dedupeContract, DedupeResults> {
  return {
    'dedupe:scan': (args) => startScan(s, args?.threshold),
    'dedupe:queue': (args) => loadQueue(s.db, args ?? {}),
    'dedupe:dismiss': ({ pairs }) => ({ dismissed: dismissPairs(s.db, pairs) }),
    'dedupe:undismiss': ({ pairs }) => ({ restored: undismissPairs(s.db, pairs) }),
    'dedupe:merge': ({ survivorId, mergedIds, fields }) => {
      const { operation } = mergeRecords(s.db, s.log, survivorId, mergedIds, fields)
      return { operation, survivor: s.records.get(survivorId) }
    },
    'dedupe:acceptAbove': ({ threshold, preview }) => acceptAbove(s.db, s.log, threshold, preview),
    'dedupe:clusters': ({ field, method, params }) => s.jobs.start('dedupe-clusters', (control) => runClusters(s.db, control, field, method, params)),
    'dedupe:applyCluster': ({ field, values, canonical }) => applyCluster(s.db, s.log, field, values, canonical),
    'dedupe:sources': ({ id }) => recordSources(s.db, id),
    'dedupe:model': () => currentModel(s.db),
    'dedupe:estimate': () => startEstimate(s)
  }
}
