import type { Db } from './open'

/** Pages the WAL may reach before SQLite checkpoints inside a write anyway (~200 MB): a safety net, never the rule. */
const SAFETY_NET_PAGES = 50_000
/** The WAL file is cut back to this size once checkpointed, so one huge import does not leave a huge file. */
const WAL_SIZE_LIMIT_BYTES = 64 * 1024 * 1024

export interface IdleCheckpointer {
  /** Called after every request: a checkpoint follows a moment later, once the call has returned. */
  touch(): void
  stop(): void
}

/**
 * Copies the write-ahead log back into the database file when the app is idle, not inside the
 * archivist's operation. SQLite's default checkpoints in the commit that crosses 1,000 pages,
 * which put half a second of copying inside a 100,000-record import. A PASSIVE checkpoint never
 * waits for readers; what it cannot copy now is copied at the next quiet moment.
 */
export function startIdleCheckpoints(db: Db, idleMs = 1000): IdleCheckpointer {
  db.pragma(`wal_autocheckpoint = ${SAFETY_NET_PAGES}`)
  db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`)
  let timer: NodeJS.Timeout | null = null
  const checkpoint = (): void => {
    timer = null
    // A closed database (the window or the CLI is done) was checkpointed by its close.
    if (db.open && !db.inTransaction) db.pragma('wal_checkpoint(PASSIVE)')
  }
  return {
    touch() {
      if (timer !== null) return
      timer = setTimeout(checkpoint, idleMs)
      // Never what keeps the CLI or a test process alive.
      timer.unref()
    },
    stop() {
      if (timer !== null) clearTimeout(timer)
      timer = null
    }
  }
}
