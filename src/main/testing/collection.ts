import type { Db } from '../db/open'
import { createHandlers, createServices } from '../services/handlers'
import { dispatch } from '../services/dispatch'
import type { Services } from '../services/context'
import type { NewRow } from '../services/operations/log'
import type { AppInfo, JobInfo, Method, MethodArgs, MethodResults } from '../../shared/contract'
import type { Envelope } from '../../shared/errors'
import { openDatabase } from '../db/open'
import { tempDbPath } from './tempDb'

/**
 * The one test harness: a real collection file with the app's services and handlers, called
 * through the shared dispatcher exactly as IPC, HTTP and the CLI call it. The per-area
 * helpers (bulk, export, import, dedupe) add their own conveniences on top of this.
 */
export interface TestCollection {
  db: Db
  file: string
  services: Services
  /** A contract method, typed by the contract; throws an Error carrying the error's code when refused. */
  call<M extends Method>(method: M, ...args: MethodArgs<M> extends undefined ? [args?: MethodArgs<M>] : [args: MethodArgs<M>]): Promise<MethodResults[M]>
  /** Any method name and arguments, as a transport would pass them (for refusal tests); the envelope as it receives it. */
  raw(method: string, args?: unknown): Promise<Envelope<unknown>>
  /** Waits for a job to end and returns its final state. */
  finish(job: JobInfo): Promise<JobInfo>
  /** Inserts rows through the operation log as one operation; returns their ids. */
  insert(rows: NewRow[]): number[]
  close(): void
}

export interface TestCollectionOptions {
  /** Defaults to a fresh temporary file. */
  file?: string
  mode?: AppInfo['mode']
}

export function openTestCollection(options: TestCollectionOptions = {}): TestCollection {
  const file = options.file ?? tempDbPath()
  const db = openDatabase(file)
  const services = createServices({ db, databasePath: file, mode: options.mode ?? 'cli', version: 'test' })
  const handlers = createHandlers(services)
  const raw = (method: string, args?: unknown): Promise<Envelope<unknown>> => dispatch(handlers, method, args, () => {})
  return {
    db,
    file,
    services,
    raw,
    call: async (method, ...args) => unwrap(await raw(method, args[0])) as never,
    finish: (job) => services.jobs.wait(job.id, 2),
    insert: (rows) => services.log.run('test.seed', 'seed', (ctx) => rows.map((row) => ctx.insert(row))).result,
    close: () => db.close()
  }
}

/** The value of a successful answer; a refused one becomes a thrown Error with the error's fields. */
export function unwrap<T>(answer: Envelope<T>): T {
  if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
  return answer.value
}
