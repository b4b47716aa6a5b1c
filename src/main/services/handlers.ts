import type { Db } from '../db/open'
import type { AppInfo, Method, MethodResults, ParsedArgs } from '../../shared/contract'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { OperationLog } from './operations/log'
import type { Actor } from './operations/types'
import { RecordService } from './records/recordService'
import { queryRecords } from './records/recordQueries'

export type Handlers = { [M in Method]: (args: ParsedArgs<M>) => MethodResults[M] | Promise<MethodResults[M]> }

export interface ServiceContext {
  db: Db
  databasePath: string
  mode: AppInfo['mode']
  version: string
}

const actorOf: Record<AppInfo['mode'], Actor> = { electron: 'app', browser: 'browser', cli: 'cli' }

/** The contract implemented once, over one open database, for every transport. */
export function createHandlers(context: ServiceContext): Handlers {
  const { db } = context
  const log = new OperationLog(db, actorOf[context.mode])
  const records = new RecordService(db, log)
  return {
    'app:info': () => ({
      name: 'Curate',
      version: context.version,
      databasePath: context.databasePath,
      schemaVersion: LATEST_SCHEMA_VERSION,
      mode: context.mode
    }),
    'records:query': (args) => queryRecords(db, args),
    'records:get': ({ id }) => records.get(id),
    'records:create': ({ fields }) => records.create(fields),
    'records:update': ({ id, version, patch }) => records.update(id, version, patch),
    'records:trash': ({ ids }) => records.trash(ids),
    'records:restore': ({ ids }) => records.restore(ids),
    'records:history': ({ id }) => {
      records.get(id)
      return log.recordHistory(id)
    },
    'trash:empty': () => records.emptyTrash(),
    'history:list': ({ limit, offset }) => log.list(limit ?? 100, offset ?? 0),
    'history:state': () => log.state(),
    'history:undo': () => log.undo(),
    'history:redo': () => log.redo(),
    'history:moveTo': ({ id, inclusive }) => log.moveTo(id, inclusive)
  }
}
