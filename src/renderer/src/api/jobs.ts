import { api } from './index'
import { ApiError } from './errors'
import type { JobInfo } from '../../../shared/contract'

export interface RunningJob<T> {
  /** Resolves with the job's result; rejects with ApiError (code CANCELLED when cancelled). */
  done: Promise<T>
  cancel(): void
}

/**
 * Follows a job started in main until it finishes, reporting progress. Polling works the
 * same over IPC and HTTP, and main stays free to answer between slices of the work.
 */
export function followJob<T>(started: JobInfo, onProgress: (job: JobInfo) => void, intervalMs = 150): RunningJob<T> {
  let cancelRequested = false
  const done = (async () => {
    let job = started
    onProgress(job)
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
      if (cancelRequested) {
        await api.jobsCancel({ id: job.id })
        cancelRequested = false
      }
      job = await api.jobsGet({ id: job.id })
      onProgress(job)
    }
    if (job.state === 'done') return job.result as T
    if (job.state === 'cancelled') throw new ApiError({ code: 'CANCELLED', message: 'cancelled' })
    throw new ApiError(job.error ?? { code: 'INTERNAL', message: job.message })
  })()
  return { done, cancel: () => (cancelRequested = true) }
}
