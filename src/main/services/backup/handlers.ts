import type { BackupResults, backupContract } from '../../../shared/contracts/backup'
import type { HandlersFor, Services } from '../context'
import { listSnapshots, restoreSnapshot, snapshotRecordCount, takeSnapshot } from './snapshots'

export function backupHandlers(s: Services): HandlersFor<typeof backupContract, BackupResults> {
  return {
    'backup:list': () => listSnapshots(s.databasePath).map((snap) => ({ ...snap, records: snapshotRecordCount(s.databasePath, snap.name) })),
    'backup:create': () => takeSnapshot(s.db, s.databasePath, 'manual'),
    'backup:restore': ({ name }) => restoreSnapshot(s.db, s.databasePath, name),
    // data_version moves only when another connection commits: exactly the changes this window did not make.
    'app:changes': () => ({ token: String(s.db.pragma('data_version', { simple: true })) })
  }
}
