import type { Db } from '../../../db/open'
import type { Services } from '../../context'
import { openTestCollection, unwrap } from '../../../testing/collection'
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

/** A real collection file with the export handlers, opened as the app would in `mode` (the shared harness, loosely typed). */
export function openCollection(mode: AppInfo['mode'] = 'cli', file?: string): TestCollection {
  const base = openTestCollection({ file, mode })
  return {
    ...base,
    call: async (method, args) => unwrap(await base.raw(method, args)) as never,
    mergeInto: (id, into) =>
      void base.services.log.run('test.merge', 'merge', (ctx) => ctx.change(id, { status: STATUS_CODES.merged, mergedInto: into }))
  }
}
