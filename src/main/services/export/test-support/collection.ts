import { openDatabase, type Db } from '../../../db/open'
import { tempDbPath } from '../../../testing/tempDb'
import { createHandlers, createServices } from '../../handlers'
import { dispatch } from '../../dispatch'
import type { Services } from '../../context'
import { STATUS_CODES } from '../../../db/recordRows'
import type { AppInfo, JobInfo } from '../../../../shared/contract'
import type { Envelope } from '../../../../shared/errors'
import type { NewRow } from '../../operations/log'

export interface TestCollection {
  db: Db
  file: string
  services: Services
  /** Calls a method through the real dispatcher; throws an Error carrying the error code on failure. */
  call<T = unknown>(method: string, args?: unknown): Promise<T>
  raw(method: string, args?: unknown): Promise<Envelope<unknown>>
  /** Waits for a job to finish and returns its final state. */
  finish(job: JobInfo): Promise<JobInfo>
  /** Inserts records through the operation log (one operation), returning their ids. */
  insert(rows: NewRow[]): number[]
  /** Marks a record as merged into another, as the dedupe merge does. */
  mergeInto(id: number, into: number): void
  close(): void
}

/** A real collection file with the export handlers, opened as the app would in `mode`. */
export function openCollection(mode: AppInfo['mode'] = 'cli', file = tempDbPath()): TestCollection {
  const db = openDatabase(file)
  const services = createServices({ db, databasePath: file, mode, version: 'test' })
  const handlers = createHandlers(services)
  const raw = (method: string, args?: unknown) => dispatch(handlers, method, args, () => {})
  return {
    db,
    file,
    services,
    raw,
    call: async (method, args) => {
      const answer = await raw(method, args)
      if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
      return answer.value as never
    },
    finish: (job) => services.jobs.wait(job.id, 2),
    insert: (rows) => services.log.run('test.insert', 'test records', (ctx) => rows.map((row) => ctx.insert(row))).result,
    mergeInto: (id, into) =>
      void services.log.run('test.merge', 'merge', (ctx) => ctx.change(id, { status: STATUS_CODES.merged, mergedInto: into })),
    close: () => db.close()
  }
}
