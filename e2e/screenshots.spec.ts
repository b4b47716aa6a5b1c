import { readFileSync } from 'node:fs'
import { test } from '@playwright/test'
import { WorkspacePage } from './pages/workspacePage'
import { startServer, tempDatabase, type ServerHandle } from './server'
import { ICC_TEXT } from '../test/fixtures'

/**
 * Not a check: screenshots of each screen at laptop sizes, for a person to look at
 * (`SCREENSHOTS=dir npx playwright test e2e/screenshots.spec.ts`). Skipped otherwise.
 */
const OUT = process.env.SCREENSHOTS
test.skip(!OUT, 'set SCREENSHOTS=<folder> to take the screenshots')

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
  test(`screens at ${size.width}x${size.height}`, async ({ page }) => {
    const shot = (name: string) => page.screenshot({ path: `${OUT}/${size.width}-${name}.png` })
    await page.setViewportSize(size)
    server = await startServer(tempDatabase())
    const w = new WorkspacePage(page)
    await w.open(server.url)
    await shot('01-empty')
    await w.section(/^Import/)
    await page.getByTestId('import-text').fill(readFileSync(ICC_TEXT, 'utf8'))
    await page.getByTestId('import-preview').click()
    await page.getByTestId('preview-table').waitFor()
    await shot('02-import-preview')
    await page.getByTestId('import-commit').click()
    await page.getByTestId('import-done').waitFor()
    await shot('03-import-done')
    await w.section(/^Records/)
    await w.expectCount('73 records')
    await shot('04-records')
    await w.search('Tokyo Declaration')
    await w.row('Tokyo Declaration').click()
    await w.form.waitFor()
    await shot('05-record-open')
    await w.newRecord()
    await w.field('Title').fill('Conference')
    await w.field('Date as written').fill('29-30 October 2015')
    await w.field('Place as written').fill('Bern (Switzerland)')
    await page.waitForTimeout(600)
    await shot('06-new-record')
    await w.form.getByRole('button', { name: 'Cancel' }).click()
    page.once('dialog', (d) => void d.accept())
    for (const name of [/^Overview/, /^Duplicates/, /^History/, /^Backups/, /^Clean values/]) {
      await w.section(name)
      await page.waitForTimeout(800)
      await shot(`07-${String(name).replace(/\W/g, '')}`)
    }
    await w.section(/^Records/)
    await page.getByRole('button', { name: /^Export/ }).click()
    await page.waitForTimeout(500)
    await shot('08-export')
  })
}
