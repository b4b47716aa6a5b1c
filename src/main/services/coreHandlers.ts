import type { CoreResults, coreContract } from '../../shared/contracts/core'
import { LATEST_SCHEMA_VERSION } from '../db/migrations'
import { queryRecords } from './records/recordQueries'
import type { HandlersFor, Services } from './context'

export function coreHandlers(s: Services): HandlersFor<typeof coreContract, CoreResults> {
  const { db, log, records } = s
  return {
    'app:info': () => ({ name: 'Curate', version: s.version, databasePath: s.databasePath, schemaVersion: LATEST_SCHEMA_VERSION, mode: s.mode }),
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
    'records:reviewWarnings': ({ ids, warning }) => records.reviewWarnings(ids, warning),
    'trash:empty': () => records.emptyTrash(),
    'history:list': ({ limit, offset }) => log.list(limit ?? 100, offset ?? 0),
    'history:state': () => log.state(),
    'history:undo': (args) => log.undo(args?.id),
    'history:redo': () => log.redo(),
    'history:moveTo': ({ id, inclusive }) => log.moveTo(id, inclusive)
  }
}
