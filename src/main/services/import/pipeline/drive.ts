import type { JobControl } from '../../jobs/jobRunner'
import type { ParseSteps } from '../steps'

/**
 * Runs a parse in slices inside a job: after every slice it reports progress (mapped into
 * from..to of the job) and lets the event loop breathe, which is also where a Cancel lands
 * (control.progress and control.breathe throw CANCELLED).
 */
export async function driveSteps<T>(steps: ParseSteps<T>, control: JobControl, from: number, to: number, message: string): Promise<T> {
  control.progress(from, message)
  try {
    for (;;) {
      const step = steps.next()
      if (step.done) return step.value
      control.progress(from + Math.min(1, Math.max(0, step.value)) * (to - from), message)
      await control.breathe()
    }
  } finally {
    // Lets a generator left half-way (cancelled or failed) run its finally blocks.
    steps.return(undefined as T)
  }
}
