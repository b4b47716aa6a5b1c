import fs from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type Db } from './open'
import { tempDbPath } from '../testing/tempDb'
import { startIdleCheckpoints } from './idleCheckpoint'

const open: Db[] = []
afterEach(() => {
  for (const db of open.splice(0)) if (db.open) db.close()
})

/** ~8 MB of new pages: well past SQLite's default checkpoint at 1,000 pages (4 MB). */
function writeManyPages(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler(x BLOB)')
  const insert = db.prepare('INSERT INTO filler(x) VALUES (randomblob(4000))')
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run()
  })()
}

describe('idle checkpoints', () => {
  it('leave a large write in the WAL, then copy it into the database once the call is over', async () => {
    const file = tempDbPath()
    const db = openDatabase(file)
    open.push(db)
    const checkpoints = startIdleCheckpoints(db, 30)
    const sizeBefore = fs.statSync(file).size

    writeManyPages(db)
    // SQLite's own checkpoint would have grown the database file inside the write.
    expect(fs.statSync(file).size).toBe(sizeBefore)
    expect(fs.statSync(`${file}-wal`).size).toBeGreaterThan(8_000_000)

    checkpoints.touch()
    await expect.poll(() => fs.statSync(file).size, { timeout: 2000 }).toBeGreaterThan(sizeBefore + 8_000_000)
    checkpoints.stop()
  })

  it('does nothing once the database is closed', async () => {
    const db = openDatabase(tempDbPath())
    const checkpoints = startIdleCheckpoints(db, 5)
    checkpoints.touch()
    db.close()
    await new Promise((resolve) => setTimeout(resolve, 30))
    checkpoints.stop()
  })
})
