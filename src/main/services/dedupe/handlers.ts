import type { DedupeResults, dedupeContract } from '../../../shared/contracts/dedupe'
import type { HandlersFor, Services } from '../context'
import { startScan } from './service/scanJob'
import { loadQueue } from './service/queue'
import { dismissPairs, listDismissed, registerDecisionReplays, undismissPairs } from './service/decisions'
import { mergeRecords } from './service/merge'
import { acceptAbove } from './service/acceptAbove'
import { applyCluster, runClusters } from './service/clusters'
import { recordSources } from './service/provenance'
import { currentModel, startEstimate } from './service/modelJob'

export function dedupeHandlers(s: Services): HandlersFor<typeof dedupeContract, DedupeResults> {
  registerDecisionReplays(s.db, s.log)
  return {
    'dedupe:scan': (args) => startScan(s, args?.threshold),
    'dedupe:queue': (args) => loadQueue(s.db, args ?? {}),
    'dedupe:dismiss': ({ pairs }) => dismissPairs(s.db, s.log, pairs),
    'dedupe:undismiss': ({ pairs }) => undismissPairs(s.db, s.log, pairs),
    'dedupe:dismissed': (args) => listDismissed(s.db, args?.limit ?? 100, args?.offset ?? 0),
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
