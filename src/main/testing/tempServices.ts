import { afterEach } from 'vitest'
import type { Db } from '../db/open'
import { createServices } from '../services/handlers'
import type { Services } from '../services/context'
import { openTempDb } from './tempDb'

/**
 * For a test file: returns a maker of fresh temporary collections, each closed after the test
 * that made it. The services and dispatch-session makers build on it.
 */
export function collectionsPerTest(): () => { db: Db; file: string } {
  const open: Db[] = []
  afterEach(() => {
    for (const db of open.splice(0)) db.close()
  })
  return () => {
    const opened = openTempDb()
    open.push(opened.db)
    return opened
  }
}

/** For a test file: returns a maker of services on a fresh temporary collection (see collectionsPerTest). */
export function servicesPerTest(): () => Services {
  const collection = collectionsPerTest()
  return () => {
    const { db, file } = collection()
    return createServices({ db, databasePath: file, mode: 'cli', version: 't' })
  }
}
