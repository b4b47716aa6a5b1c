import { z } from 'zod'
import type { ApiErrorBody } from '../errors'

/** A long-running piece of work in main (parse, scan, export), polled by the UI. */
export interface JobInfo {
  id: string
  kind: string
  state: 'running' | 'done' | 'failed' | 'cancelled'
  /** 0..1 */
  progress: number
  message: string
  result: unknown
  error: ApiErrorBody | null
}

const jobId = z.strictObject({ id: z.string().min(1).max(100) })

export const jobsContract = {
  'jobs:get': jobId,
  'jobs:cancel': jobId
} as const

export interface JobsResults {
  'jobs:get': JobInfo
  'jobs:cancel': JobInfo
}
