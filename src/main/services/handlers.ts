import type { Db } from '../db/open'
import type { AppInfo, Method, MethodResults, ParsedArgs } from '../../shared/contract'
import { OperationLog } from './operations/log'
import type { Actor } from './operations/types'
import { RecordService } from './records/recordService'
import { JobRunner } from './jobs/jobRunner'
import type { Services } from './context'
import { coreHandlers } from './coreHandlers'
import { jobsHandlers } from './jobs/handlers'
import { importHandlers } from './import/handlers'
import { workspaceHandlers } from './facets/handlers'
import { bulkHandlers } from './bulk/handlers'
import { dedupeHandlers } from './dedupe/handlers'
import { exportHandlers } from './export/handlers'
import { backupHandlers } from './backup/handlers'
import { profilesHandlers } from './import/profiles/handlers'
import { withIdleCheckpoints } from './checkpointAfterCalls'
import { startIdleCheckpoints } from '../db/idleCheckpoint'
import { withDailySnapshots } from './backup/destructive'

export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => MethodResults[M] | Promise<MethodResults[M]> }

export interface ServiceContext {
  db: Db
  databasePath: string
  mode: AppInfo['mode']
  version: string
}

const actorOf: Record<AppInfo['mode'], Actor> = { electron: 'app', browser: 'browser', cli: 'cli' }

export function createServices(context: ServiceContext): Services {
  const log = new OperationLog(context.db, actorOf[context.mode])
  return {
    ...context,
    log,
    records: new RecordService(context.db, log),
    jobs: new JobRunner(),
    checkpoints: startIdleCheckpoints(context.db)
  }
}

/** The contract implemented once, over one open database, for every transport. */
export function createHandlers(context: ServiceContext | Services): Handlers {
  const s = 'log' in context ? context : createServices(context)
  const handlers = withDailySnapshots({
    ...coreHandlers(s),
    ...jobsHandlers(s),
    ...importHandlers(s),
    ...workspaceHandlers(s),
    ...bulkHandlers(s),
    ...dedupeHandlers(s),
    ...exportHandlers(s),
    ...backupHandlers(s),
    ...profilesHandlers(s)
  }, s)
  return withIdleCheckpoints(handlers, s.checkpoints)
}
