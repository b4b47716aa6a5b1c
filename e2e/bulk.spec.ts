import { expect, test, type APIRequestContext } from '@playwright/test'
import { BulkPage } from './pages/bulkPage'
import { RecordsPage } from './pages/recordsPage'
import { startServer, tempDatabase, type ServerHandle } from './server'

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

/** Calls the browser-mode API directly (seeding), with the token the server printed. */
async function call<T>(request: APIRequestContext, url: string, method: string, args: unknown): Promise<T> {
  const base = new URL(url)
  const response = await request.post(new URL(`api/${method}`, base).toString(), { headers: { 'x-curate-token': base.searchParams.get('token')! }, data: args })
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`)
  return envelope.value
}

const SEED = [
  { title: 'Study visit on refugee welcome', startDate: '2015-10-22', endDate: '2015-10-23', place: 'Montreal (Canada)', city: 'Montreal', country: 'Canada', countryCode: 'CA' },
  { title: 'Summit on inclusive cities', startDate: '2016-02-29', endDate: '2016-02-29', place: 'Montreal, Canada', city: 'montreal', country: 'Canada', countryCode: 'CA' },
  { title: 'Network meeting', startDate: '2016-05', endDate: '2016-05', place: 'Montreal', city: 'Montreal', country: 'Canada', countryCode: 'CA' },
  { title: 'Archives day', startDate: '2016-05-02', endDate: '2016-05-02', place: 'Lyon (France)', city: 'Lyon', country: 'France', countryCode: 'FR' }
]

test('filter, select all matching, regex replace with a preview, apply, undo, redo, and find the history after a restart', async ({ page, request }) => {
  const dbPath = tempDatabase()
  server = await startServer(dbPath)
  for (const fields of SEED) await call(request, server.url, 'records:create', { fields })
  const records = new RecordsPage(page)
  const bulk = new BulkPage(page)
  await records.open(server.url)
  await records.search('montreal')
  await expect(records.matchCount).toHaveText('3 records match “montreal”')

  await bulk.open()
  await bulk.applyToAllMatching()
  await bulk.regexReplace('All text fields', '^mont(r)eal', 'Mont$1éal')
  await expect(bulk.summary).toContainText('3 of 3 records will change')
  await expect(bulk.diff.getByRole('row').filter({ hasText: 'Montreal (Canada)' })).toContainText('Montréal (Canada)')
  await expect(bulk.diff.locator('ins').first()).toHaveText('Montréal')
  await expect(bulk.applyButton).toHaveText('Apply to 3 records')

  // A broken pattern says why and cannot be applied.
  await bulk.dialog.getByLabel('Find', { exact: true }).fill('^mont(r')
  await expect(bulk.dialog.getByTestId('bulk-error')).toContainText('the regular expression is not valid')
  await expect(bulk.applyButton).toBeDisabled()
  await bulk.dialog.getByLabel('Find', { exact: true }).fill('^mont(r)eal')
  await expect(bulk.summary).toContainText('3 of 3 records will change')

  await bulk.applyButton.click()
  await expect(bulk.dialog).toBeHidden()
  const description = 'Replaced /^mont(r)eal/i with “Mont$1éal” in all text fields (3 records)'
  await expect(page.getByRole('status').filter({ hasText: description })).toBeVisible()
  await expect(records.row('Study visit on refugee welcome')).toContainText('Montréal (Canada)')
  await expect(records.row('Summit on inclusive cities')).toContainText('Montréal, Canada')
  await expect(records.grid).not.toContainText('Montreal')

  await records.undoButton.click()
  await expect(records.row('Study visit on refugee welcome')).toContainText('Montreal (Canada)')
  await expect(records.row('Summit on inclusive cities')).toContainText('montreal')
  await records.redoButton.click()
  await expect(records.row('Study visit on refugee welcome')).toContainText('Montréal (Canada)')

  await server.stop()
  server = await startServer(dbPath)
  await records.open(server.url)
  await bulk.openHistory()
  const row = bulk.historyRow(description)
  await expect(row).toContainText('Bulk edit')
  await expect(row).toContainText('current')
  await expect(row.getByRole('cell').nth(3)).toHaveText('3')
  await expect(bulk.history.getByRole('row').filter({ hasText: 'Created “Archives day”' })).toBeVisible()

  // Undo to any point, from the panel: back to before the bulk edit, then forward again.
  await bulk.history.getByRole('row').filter({ hasText: 'Created “Archives day”' }).getByRole('button', { name: 'Go back to here' }).click()
  await expect(row).toContainText('undone')
  await row.getByRole('button', { name: 'Redo to here' }).click()
  await expect(row).toContainText('current')
})
