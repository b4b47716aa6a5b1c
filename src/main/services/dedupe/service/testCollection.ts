/* eslint-disable @typescript-eslint/no-explicit-any -- a test helper: loosely typed answers keep the assertions short */
import { openDatabase, type Db } from '../../../db/open'
import { tempDbPath } from '../../../testing/tempDb'
import { createHandlers, createServices } from '../../handlers'
import { dispatch } from '../../dispatch'
import type { Services } from '../../context'
import type { NewRow } from '../../operations/log'
import type { JobInfo } from '../../../../shared/contract'
import type { Envelope } from '../../../../shared/errors'

/** A real collection file with every handler, for the dedupe service tests. */
export interface TestCollection {
  db: Db
  file: string
  services: Services
  call<T = any>(method: string, args?: unknown): Promise<T>
  raw(method: string, args?: unknown): Promise<Envelope<unknown>>
  /** Starts a job through `method` and resolves with its result; throws if it did not finish. */
  job<T = any>(method: string, args?: unknown): Promise<T>
  /** Inserts rows through the operation log as one operation; returns their ids. */
  insert(rows: NewRow[]): number[]
  close(): void
}

export function openCollection(file = tempDbPath()): TestCollection {
  const db = openDatabase(file)
  const services = createServices({ db, databasePath: file, mode: 'cli', version: 'test' })
  const handlers = createHandlers(services)
  const raw = (method: string, args?: unknown) => dispatch(handlers, method, args, () => {})
  const call = async (method: string, args?: unknown) => {
    const answer = await raw(method, args)
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
    return answer.value as any
  }
  return {
    db,
    file,
    services,
    raw,
    call,
    job: async (method, args) => {
      const started = (await call(method, args)) as JobInfo
      const finished = await services.jobs.wait(started.id)
      if (finished.state !== 'done') throw Object.assign(new Error(`${method} ended ${finished.state}: ${finished.message}`), { job: finished })
      return finished.result as any
    },
    insert: (rows) => services.log.run('test.seed', 'seed', (ctx) => rows.map((row) => ctx.insert(row))).result,
    close: () => db.close()
  }
}
