import type { z } from 'zod'
import type { Db } from '../db/open'
import type { AppInfo } from '../../shared/contract'
import type { OperationLog } from './operations/log'
import type { RecordService } from './records/recordService'
import type { JobRunner } from './jobs/jobRunner'
import type { IdleCheckpointer } from '../db/idleCheckpoint'

/** What every capability's handlers are built from: one open database and the shared services. */
export interface Services {
  db: Db
  databasePath: string
  mode: AppInfo['mode']
  version: string
  log: OperationLog
  records: RecordService
  jobs: JobRunner
  /** Copies the write-ahead log into the database when idle (see db/idleCheckpoint). */
  checkpoints: IdleCheckpointer
}

/** A capability's handlers, typed from its part of the contract and its results. */
export type HandlersFor<C extends Record<string, z.ZodType>, R extends { [K in keyof C]: unknown }> = {
  [M in keyof C]: (args: z.output<C[M]>) => R[M] | Promise<R[M]>
}
