import type { Db } from '../../db/open'
import { listSnapshots, takeSnapshot } from './snapshots'

/**
 * Before the day's first destructive operation (import, bulk edit, merge, emptying the trash),
 * the collection is snapshotted once. "Day" is the local calendar day of this machine.
 */
export async function snapshotBeforeFirstDestructiveToday(db: Db, databasePath: string, now = new Date()): Promise<boolean> {
  if (databasePath === ':memory:') return false
  const today = localDay(now)
  const taken = listSnapshots(databasePath).some((s) => s.reason === 'daily' && localDay(new Date(s.createdAt)) === today)
  if (taken) return false
  const hasData = (db.prepare('SELECT count(*) FROM operations').pluck().get() as number) > 0
  if (!hasData) return false
  await takeSnapshot(db, databasePath, 'daily')
  return true
}

function localDay(date: Date): string {
  return `${date.getFullYear()}-${date.getMonth() + 1}-${date.getDate()}`
}
