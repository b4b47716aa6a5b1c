/* eslint-disable @typescript-eslint/no-explicit-any -- a test helper: loosely typed answers keep the assertions short */
import type { Db } from '../../../db/open'
import type { Services } from '../../context'
import type { NewRow } from '../../operations/log'
import type { JobInfo } from '../../../../shared/contract'
import type { Envelope } from '../../../../shared/errors'
import { openTestCollection, unwrap } from '../../../testing/collection'

/** A real collection file with every handler, for the dedupe service tests (the shared harness, loosely typed). */
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

export function openCollection(file?: string): TestCollection {
  const base = openTestCollection({ file })
  const call = async (method: string, args?: unknown) => unwrap(await base.raw(method, args)) as any
  return {
    ...base,
    call,
    job: async (method, args) => {
      const started = (await call(method, args)) as JobInfo
      const finished = await base.services.jobs.wait(started.id)
      if (finished.state !== 'done') throw Object.assign(new Error(`${method} ended ${finished.state}: ${finished.message}`), { job: finished })
      return finished.result as any
    }
  }
}
