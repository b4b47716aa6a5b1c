import { afterEach } from 'vitest'
import type { Db } from '../db/open'
import { createServices } from '../services/handlers'
import type { Services } from '../services/context'
import { openTempDb } from './tempDb'

/**
 * For a test file: returns a maker of services on a fresh temporary collection, each closed
 * after the test that made it.
 */
export function servicesPerTest(): () => Services {
  const open: Db[] = []
  afterEach(() => {
    for (const db of open.splice(0)) db.close()
  })
  return () => {
    const { db, file } = openTempDb()
    open.push(db)
    return createServices({ db, databasePath: file, mode: 'cli', version: 't' })
  }
}
