import type { CommandRun } from '../command'
import { withSession } from './base'
import { AppError } from '../../../shared/errors'
import { resolveDatabasePath } from '../../db/location'
import { restoreIntoUnopenable } from '../../services/backup/snapshots'

/** `curate backup` and `curate restore`: the collection's snapshots. */
export const backupRunners: Record<'backup' | 'restore', CommandRun> = {
  backup: (context) =>
    withSession(context, async (session) => {
      if (context.values.list) {
        const snapshots = await session.call('backup:list', undefined)
        if (context.values.json) return context.out(JSON.stringify(snapshots, null, 2))
        if (snapshots.length === 0) return context.out('No snapshots yet.')
        for (const s of snapshots) context.out(`${s.name}  ${s.reason.padEnd(14)} ${String(s.records ?? '?').padStart(8)} records  ${(s.bytes / 1024).toFixed(0)} KB`)
        return
      }
      const snapshot = await session.call('backup:create', undefined)
      context.out(`Snapshot taken: ${snapshot.name}`)
    }),
  restore: (context) => {
    const name = context.positionals[0]
    if (!name) {
      context.err('curate restore: name the snapshot to restore (see `curate backup --list`)')
      return 2
    }
    let session
    try {
      session = context.openSession()
    } catch (error) {
      // A damaged file cannot be opened: it is moved aside, never overwritten, and the snapshot takes its place.
      if (!(error instanceof AppError) || /newer version/.test(error.message)) throw error
      const file = resolveDatabasePath({ cliPath: context.values.db as string | undefined })
      return restoreIntoUnopenable(file, name).then(({ restored, damagedCopy }) => {
        context.out(`Restored the collection as it was at ${restored.createdAt} (${restored.reason}).`)
        if (damagedCopy) context.out(`The damaged file was kept as ${damagedCopy}.`)
        return 0
      })
    }
    session.close()
    return withSession(context, async (s) => {
      const { restored, safetyCopy } = await s.call('backup:restore', { name })
      context.out(`Restored the collection as it was at ${restored.createdAt} (${restored.reason}).`)
      context.out(`The state before the restore was kept as ${safetyCopy.name}.`)
    })
  }
}
