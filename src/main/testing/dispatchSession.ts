import type { Db } from '../db/open'
import { createHandlers } from '../services/handlers'
import { dispatch } from '../services/dispatch'
import type { Envelope } from '../../shared/errors'
import { collectionsPerTest } from './tempServices'

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
  const collection = collectionsPerTest()
  return () => {
    const { db, file } = collection()
    const handlers = createHandlers({ db, databasePath: file, mode: 'cli', version: 'test' })
    const raw = (method: string, args?: unknown) => dispatch(handlers, method, args, () => {}) as Promise<Envelope<any>> // eslint-disable-line @typescript-eslint/no-explicit-any
    const call = async (method: string, args?: unknown) => {
      const answer = await raw(method, args)
      if (!answer.ok) throw Object.assign(new Error(answer.error.message), answer.error)
      return answer.value
    }
    return { db, call, raw }
  }
}
