import { expect, test } from '@playwright/test'
import { RecordsPage } from './pages/recordsPage'
import { startServer, tempDatabase, type ServerHandle } from './server'

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

test('create, edit, undo and redo a record, and find it again after a restart', async ({ page }) => {
  const dbPath = tempDatabase()
  server = await startServer(dbPath)
  const records = new RecordsPage(page)
  await records.open(server.url)
  await expect(page.getByTestId('empty-state')).toContainText('Start by importing your listings')

  await records.newRecord()
  await records.field('Title').fill('Study visit on refugee welcome')
  await records.field('Start date').fill('2015-10-22')
  await records.field('End date').fill('2015-10-23')
  await records.field('Place as written').fill('Berlin Neukölln (Germany)')
  await records.field('City').fill('Berlin')
  await records.field('Country').fill('Germany')
  await records.field('Code').fill('DE')
  await records.save()
  await expect(records.row('Study visit on refugee welcome')).toContainText('2015-10-22 – 2015-10-23')
  await expect(records.matchCount).toHaveText('1 record')

  await records.field('Title').fill('Study visit: refugees and the labour market')
  await page.keyboard.press('Control+s')
  await expect(records.row('Study visit: refugees and the labour market')).toBeVisible()

  await page.locator('body').click({ position: { x: 5, y: 300 } })
  await records.undoButton.click()
  await expect(records.row('Study visit on refugee welcome')).toBeVisible()
  await expect(records.field('Title')).toHaveValue('Study visit on refugee welcome')
  await records.redoButton.click()
  await expect(records.row('Study visit: refugees and the labour market')).toBeVisible()

  await server.stop()
  server = await startServer(dbPath)
  await records.open(server.url)
  await expect(records.row('Study visit: refugees and the labour market')).toContainText('Berlin Neukölln (Germany)')
  await expect(records.undoButton).toBeEnabled()
})

test('a bad date shows an inline error and saves nothing', async ({ page }) => {
  server = await startServer(tempDatabase())
  const records = new RecordsPage(page)
  await records.open(server.url)
  await records.newRecord()
  await records.field('Title').fill('Forum with an impossible date')
  await records.field('Start date').fill('2015-02-30')
  await records.field('End date').focus()
  await expect(records.form.getByRole('alert')).toContainText('ISO 8601')
  await records.save()
  await expect(records.form.getByRole('alert')).toBeVisible()

  await records.field('Start date').fill('2015-10-29')
  await records.field('End date').fill('2015-10-28')
  await records.save()
  await expect(records.form.getByRole('alert')).toContainText('end date is before the start date')
  await expect(records.matchCount).toHaveText('0 records')
  await expect(records.undoButton).toBeDisabled()
})

test('delete a record to the trash and restore it', async ({ page }) => {
  server = await startServer(tempDatabase())
  const records = new RecordsPage(page)
  await records.open(server.url)
  await records.newRecord()
  await records.field('Title').fill('Seminar on faith in intercultural cities')
  await records.save()
  await expect(records.row('Seminar on faith')).toBeVisible()
  await records.form.getByRole('button', { name: 'Move to trash' }).click()
  await expect(records.matchCount).toHaveText('0 records')

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Trash/ }).click()
  await expect(records.row('Seminar on faith')).toBeVisible()
  await records.row('Seminar on faith').click()
  await records.form.getByRole('button', { name: 'Restore from trash' }).click()
  await expect(records.matchCount).toHaveText('0 records in the trash')
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /Records/ }).click()
  await expect(records.row('Seminar on faith')).toBeVisible()
})

test('the open window notices a change made by the command line and refreshes', async ({ page }) => {
  const { execFileSync } = await import('node:child_process')
  const path = await import('node:path')
  server = await startServer(tempDatabase())
  const records = new RecordsPage(page)
  await records.open(server.url)
  await records.newRecord()
  await records.field('Title').fill('Made in the window')
  await records.save()
  await expect(records.row('Made in the window')).toBeVisible()
  execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../resources/bin/curate.mjs'), 'undo', '--db', server.dbPath])
  await expect(records.matchCount).toHaveText('0 records')
  await expect(records.redoButton).toBeEnabled()
})
