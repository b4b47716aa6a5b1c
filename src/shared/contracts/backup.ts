import { z } from 'zod'
import { none } from './core'

export interface SnapshotInfo {
  /** File name inside the collection's `backups/` folder. */
  name: string
  createdAt: string
  /** Why it was taken: daily, migration, manual, before-restore. */
  reason: string
  bytes: number
}

const snapshotName = z.string().min(1).max(300)

/** Snapshots (backups) of the collection and restoring one; also the change signal for open windows. */
export const backupContract = {
  'backup:list': none,
  'backup:create': none,
  'backup:restore': z.strictObject({ name: snapshotName }),
  'app:changes': none
} as const

export interface BackupResults {
  'backup:list': (SnapshotInfo & { records: number | null })[]
  'backup:create': SnapshotInfo
  'backup:restore': { restored: SnapshotInfo; safetyCopy: SnapshotInfo }
  /** Changes whenever another connection (the CLI, another program) committed to the file. */
  'app:changes': { token: string }
}
