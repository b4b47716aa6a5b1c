import type { BackupResults, backupContract } from '../../../shared/contracts/backup'
import type { HandlersFor, Services } from '../context'

export function backupHandlers(_s: Services): HandlersFor<typeof backupContract, BackupResults> {
  return {}
}
