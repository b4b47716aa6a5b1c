import fs from 'node:fs'
import Database from 'better-sqlite3'
import type { Db } from '../db/open'
import { openCollection } from '../services/backup/openCollection'
import { isAbsentOrEmpty } from '../db/identity'
import { resolveDatabasePath } from '../db/location'
import { createHandlers, createServices, type Handlers } from '../services/handlers'
import type { Services } from '../services/context'
import { dispatch } from '../services/dispatch'
import { appVersion } from '../services/appVersion'
import type { Method, MethodArgs, MethodResults } from '../../shared/contract'
import { AppError } from '../../shared/errors'
import { offerSnapshots } from '../services/backup/snapshots'

/** The CLI's way into the services: the same contract and validation as the app. */
export class CliSession {
  readonly db: Db
  readonly handlers: Handlers
  readonly services: Services
  readonly databasePath: string

  /** True when this session made a new, empty collection (only commands that write may). */
  readonly created: boolean

  constructor(dbOption: string | undefined, options: { create: boolean } = { create: true }) {
    this.databasePath = resolveDatabasePath({ cliPath: dbOption })
    this.created = options.create && isAbsentOrEmpty(this.databasePath)
    this.db = openCollectionOrExplain(this.databasePath, { mustExist: !options.create })
    this.services = createServices({ db: this.db, databasePath: this.databasePath, mode: 'cli', version: appVersion() })
    this.handlers = createHandlers(this.services)
  }

  async call<M extends Method>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]> {
    const answer = await dispatch(this.handlers, method, args)
    if (!answer.ok) throw new AppError(answer.error.code, answer.error.message)
    return answer.value as MethodResults[M]
  }

  close(): void {
    this.db.close()
  }
}

/** Opens the collection; a damaged or foreign file gets a message that offers its snapshots. */
export function openCollectionOrExplain(databasePath: string, options: { mustExist?: boolean } = {}): Db {
  try {
    return openCollection(databasePath, options)
  } catch (error) {
    if (error instanceof AppError && /not a curate database|damaged/.test(error.message)) {
      throw new AppError(error.code, `${error.message}. ${offerSnapshots(databasePath)}`)
    }
    throw error
  }
}

/**
 * A collection this command created but then failed to use (bad input) is removed again, so a
 * mistyped --db leaves nothing behind; only when it holds no operation at all.
 */
export function removeUnusedCollection(databasePath: string): void {
  try {
    const db = new Database(databasePath, { fileMustExist: true })
    let used: boolean
    try {
      used = (db.prepare('SELECT count(*) FROM operations').pluck().get() as number) > 0
    } finally {
      db.close()
    }
    if (used) return
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databasePath + suffix, { force: true })
  } catch {
    // Nothing was created after all, or it is not ours to judge: leave it.
  }
}
