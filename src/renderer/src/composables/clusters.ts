import { api } from '../api'
import { followJob, type RunningJob } from '../api/jobs'

export type { RunningJob }
import type { JobInfo, MethodArgs } from '../../../shared/contract'
import type { ClusterList } from '../../../shared/contracts/dedupe'

/** Clustering of one field's values (OpenRefine's key collision and nearest neighbour), as a job. */
export async function findClusters(args: MethodArgs<'dedupe:clusters'>, onProgress: (job: JobInfo) => void): Promise<RunningJob<ClusterList>> {
  return followJob<ClusterList>(await api.dedupeClusters(args), onProgress)
}

export const applyCluster = (args: MethodArgs<'dedupe:applyCluster'>) => api.dedupeApplyCluster(args)
