import type { JobsResults, jobsContract } from '../../../shared/contracts/jobs'
import type { HandlersFor, Services } from '../context'

export function jobsHandlers(s: Services): HandlersFor<typeof jobsContract, JobsResults> {
  return {
    'jobs:get': ({ id }) => s.jobs.get(id),
    'jobs:cancel': ({ id }) => s.jobs.cancel(id)
  }
}
