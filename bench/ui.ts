/**
 * The grid in browser mode at scale: `npx tsx bench/ui.ts --size 1000000 [--json]`.
 * Seeds a collection, starts the real server, opens Debian's Chromium, and measures the time
 * from opening the page to the first grid rows, then the time to scroll through 10,000 rows
 * (until row 10,000 is on screen with its data loaded).
 */
import { chromium } from '@playwright/test'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/main/db/open'
import { seedCollection } from './workspaceSeed'
import { startServer } from '../e2e/server'
import { report } from './report'

const { values } = parseArgs({ options: { size: { type: 'string', default: '1000000' }, json: { type: 'boolean' }, runs: { type: 'string', default: '3' } } })
const size = Number(values.size)
const runs = Number(values.runs)

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-ui-bench-'))
const file = path.join(dir, 'collection.sqlite')
const db = openDatabase(file)
seedCollection(db, { count: size })
db.close()

const server = await startServer(file)
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
})
try {
  const firstRows: number[] = []
  const scrolls: number[] = []
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    const started = performance.now()
    await page.goto(server.url)
    await page.locator('[data-testid="records-grid"] [role="row"][aria-rowindex="1"] .cell.title').waitFor()
    firstRows.push(performance.now() - started)

    const grid = page.getByTestId('records-grid')
    const scrollStarted = performance.now()
    // Scroll a screenful at a time, as a reader paging down would, until row 10,000 shows its data.
    for (let row = 0; row < 10_000; row += 25) {
      await grid.evaluate((el, top) => el.scrollTo({ top }), (row + 25) * 30)
    }
    await page.locator('[role="row"][aria-rowindex="10000"] .cell.title').waitFor()
    scrolls.push(performance.now() - scrollStarted)
    await page.close()
  }
  report({ job: 'ui: first grid rows', size, runsMs: firstRows, items: 1, targetMs: 1000, statistic: 'median' })
  report({ job: 'ui: scroll 10,000 rows', size, runsMs: scrolls, items: 10_000 })
} finally {
  await browser.close()
  await server.stop()
  fs.rmSync(dir, { recursive: true, force: true })
}
