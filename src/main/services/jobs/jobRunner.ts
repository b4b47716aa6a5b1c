import { AppError } from '../../../shared/errors'
import type { JobInfo } from '../../../shared/contracts/jobs'

/** What a running job may do: report progress and learn that it was cancelled. */
export interface JobControl {
  /** Reports progress (0..1) and a short status line; throws CANCELLED once the user cancelled. */
  progress(share: number, message?: string): void
  readonly cancelled: boolean
  /** Lets the event loop answer other requests (and a cancel) between slices of heavy work. */
  breathe(): Promise<void>
}

interface JobState {
  info: JobInfo
  cancel: boolean
}

const FINISHED_JOBS_KEPT = 50

/**
 * Long work (parsing a large file, scanning for duplicates, exporting) runs as a job: the call
 * that starts it returns at once with an id; the UI polls `jobs:get` for progress and may
 * `jobs:cancel`. Jobs must `await control.breathe()` between slices so the process stays responsive.
 */
export class JobRunner {
  private readonly jobs = new Map<string, JobState>()
  private next = 1

  start<T>(kind: string, work: (control: JobControl) => Promise<T>): JobInfo {
    const id = `${kind}-${this.next++}`
    const state: JobState = { info: { id, kind, state: 'running', progress: 0, message: 'starting', result: null, error: null }, cancel: false }
    this.jobs.set(id, state)
    let lastBreath = Date.now()
    const control: JobControl = {
      progress: (share, message) => {
        if (state.cancel) throw new AppError('CANCELLED', 'cancelled')
        state.info.progress = Math.max(0, Math.min(1, share))
        if (message !== undefined) state.info.message = message
      },
      get cancelled() {
        return state.cancel
      },
      breathe: async () => {
        // Yield only every ~40 ms: often enough to stay responsive, rarely enough to cost little.
        if (Date.now() - lastBreath < 40) return
        await new Promise<void>((resolve) => setImmediate(resolve))
        lastBreath = Date.now()
        if (state.cancel) throw new AppError('CANCELLED', 'cancelled')
      }
    }
    void (async () => {
      await new Promise<void>((resolve) => setImmediate(resolve))
      try {
        if (state.cancel) throw new AppError('CANCELLED', 'cancelled')
        const result = await work(control)
        state.info = { ...state.info, state: 'done', progress: 1, message: 'done', result }
      } catch (error) {
        if (error instanceof AppError && error.code === 'CANCELLED') state.info = { ...state.info, state: 'cancelled', message: 'cancelled' }
        else {
          const body = error instanceof AppError ? error.toBody() : { code: 'INTERNAL' as const, message: `${kind} failed unexpectedly; nothing was changed` }
          if (!(error instanceof AppError)) console.error(error)
          state.info = { ...state.info, state: 'failed', message: body.message, error: body }
        }
      }
      this.prune()
    })()
    return { ...state.info }
  }

  get(id: string): JobInfo {
    const state = this.jobs.get(id)
    if (!state) throw new AppError('NOT_FOUND', `no job ${id}`)
    return { ...state.info }
  }

  cancel(id: string): JobInfo {
    const state = this.jobs.get(id)
    if (!state) throw new AppError('NOT_FOUND', `no job ${id}`)
    if (state.info.state === 'running') state.cancel = true
    return { ...state.info }
  }

  /** Resolves when the job has finished, for the CLI and tests. */
  async wait(id: string, pollMs = 10): Promise<JobInfo> {
    for (;;) {
      const info = this.get(id)
      if (info.state !== 'running') return info
      await new Promise((resolve) => setTimeout(resolve, pollMs))
    }
  }

  private prune(): void {
    const finished = [...this.jobs.values()].filter((j) => j.info.state !== 'running')
    for (const job of finished.slice(0, Math.max(0, finished.length - FINISHED_JOBS_KEPT))) this.jobs.delete(job.info.id)
  }
}
