import type { Db } from '../db/open'
import { afterEach } from 'vitest'
import type { Envelope } from '../../shared/errors'
import { openTestCollection, unwrap, type TestCollection } from './collection'

export interface DispatchSession {
  db: Db
  /** Calls a contract method as a transport would; throws the typed error when refused. */
  call: (method: string, args?: unknown) => Promise<any> // eslint-disable-line @typescript-eslint/no-explicit-any
  /** The envelope as a transport receives it. */
  raw: (method: string, args?: unknown) => Promise<Envelope<any>> // eslint-disable-line @typescript-eslint/no-explicit-any
}

/**
 * For a test file: returns a maker of sessions that call the contract through the shared
 * dispatcher on a fresh temporary collection, each closed after the test that made it.
 */
export function dispatchSessionsPerTest(): () => DispatchSession {
  const open: TestCollection[] = []
  afterEach(() => {
    for (const collection of open.splice(0)) collection.close()
  })
  return () => {
    const collection = openTestCollection()
    open.push(collection)
    const raw = collection.raw as DispatchSession['raw']
    return { db: collection.db, raw, call: async (method, args) => unwrap(await raw(method, args)) }
  }
}
