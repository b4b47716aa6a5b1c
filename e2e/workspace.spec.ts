import { expect, test } from '@playwright/test'
import { callApi, WorkspacePage } from './pages/workspacePage'
import { startServer, tempDatabase, type ServerHandle } from './server'

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

const RECORDS = [
  { title: 'Unlocking the potential of refugees', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchâtel (Switzerland)', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', tags: ['refugees'] },
  { title: 'Round table on intercultural mediation', startDate: '2012-11-05', endDate: '2012-11-05', place: 'Geneva, Switzerland', city: 'Geneva', country: 'Switzerland', countryCode: 'CH', tags: ['mediation'] },
  { title: 'Intercultural cities network meeting', startDate: '2015-03-02', endDate: '2015-03-03', place: 'Montréal, Canada', city: 'Montréal', country: 'Canada', countryCode: 'CA' },
  { title: 'Forum on inclusive integration', startDate: '2015-06-01', endDate: '2015-06-01', place: 'Lyon (France)', city: 'Lyon', country: 'France', countryCode: 'FR' },
  { title: 'Study visit without a date', place: 'Bergen (Norway)', city: 'Bergen', country: 'Norway', countryCode: 'NO' }
]

async function seeded(page: import('@playwright/test').Page): Promise<WorkspacePage> {
  server = await startServer(tempDatabase())
  for (const fields of RECORDS) await callApi(server.url, 'records:create', { fields })
  const workspace = new WorkspacePage(page)
  await workspace.open(server.url)
  await workspace.expectCount('5 records')
  return workspace
}

test('search finds places with and without their accents, and always shows the number of matches', async ({ page }) => {
  const w = await seeded(page)
  await w.search('neuchatel')
  await w.expectCount('1 record match “neuchatel”')
  await expect(w.row('Unlocking the potential of refugees')).toBeVisible()
  await w.search('Neuchâtel')
  await w.expectCount('1 record match “Neuchâtel”')
  await w.search('montreal')
  await expect(w.row('Intercultural cities network meeting')).toBeVisible()
  await w.search('"cities network"')
  await w.expectCount('1 record match “"cities network"”')
  await w.search('NEAR (title:*')
  await w.expectCount('0 records match “NEAR (title:*”')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('filters by country and year with counts that follow, and clears them one by one', async ({ page }) => {
  const w = await seeded(page)
  await expect(w.facet('Country').getByText('Switzerland')).toBeVisible()
  await w.toggleFacet('Country', 'Switzerland')
  await w.expectCount('2 records match the filters')
  await expect(w.chips).toContainText('Country: Switzerland (CH)')
  // The country facet leaves its own filter out: the other countries still show their counts.
  await expect(w.facet('Country').getByRole('checkbox', { name: /France/ })).toBeVisible()

  await w.yearRange(2015, 2015)
  await w.expectCount('1 record match the filters')
  await expect(w.row('Unlocking the potential of refugees')).toBeVisible()
  await expect(w.chips).toContainText('Year 2015')

  await w.removeChip('Country: Switzerland (CH)')
  await w.expectCount('3 records match the filters')
  await w.removeChip('Year 2015')
  await w.expectCount('5 records')
})

test('edits a record: validation error, date text reading, save, the grid and the history show the change', async ({ page }) => {
  const w = await seeded(page)
  await w.row('Forum on inclusive integration').click()
  await expect(w.form).toBeVisible()

  await w.field('Code').fill('XX')
  await w.field('Notes').focus()
  await expect(w.form.getByRole('alert')).toContainText('known ISO 3166-1')
  await w.save()
  await expect(w.form.getByRole('alert')).toBeVisible()
  await w.field('Code').fill('FR')
  await expect(w.form.getByRole('alert')).toHaveCount(0)

  await w.field('Date as written').fill('29-30 October 2015')
  await expect(w.dateReading).toHaveText('reads as 2015-10-29 – 2015-10-30')
  await w.field('Date as written').press('Enter')
  await expect(w.field('Start date')).toHaveValue('2015-10-29')
  await expect(w.field('End date')).toHaveValue('2015-10-30')
  await w.field('Title').fill('Forum on inclusive integration in Lyon')
  await page.keyboard.press('Control+s')

  await expect(w.row('Forum on inclusive integration in Lyon')).toContainText('2015-10-29 – 2015-10-30')
  await w.tab('History').click()
  await expect(w.history).toContainText('Edited “Forum on inclusive integration in Lyon”')
  await expect(w.history).toContainText('Forum on inclusive integration in Lyon')
  await expect(w.history).toContainText('29-30 October 2015')
})

test('moves records to the trash and restores them, facets counting both sides', async ({ page }) => {
  const w = await seeded(page)
  await w.row('Round table on intercultural mediation').click()
  await w.form.getByRole('button', { name: 'Move to trash' }).click()
  await w.expectCount('4 records')
  await expect(w.facets.getByRole('button', { name: /In the trash\s*1/ })).toBeVisible()

  await w.facets.getByRole('button', { name: /In the trash/ }).click()
  await w.expectCount('1 record in the trash')
  await w.row('Round table on intercultural mediation').getByRole('checkbox').click()
  await page.getByRole('button', { name: 'Restore selected' }).click()
  await w.expectCount('0 records in the trash')
  await w.section(/^Records/)
  await w.expectCount('5 records')
  await expect(w.row('Round table on intercultural mediation')).toBeVisible()
})

test('selects all matching records and chooses the grid columns', async ({ page }) => {
  const w = await seeded(page)
  await w.toggleFacet('Country', 'Switzerland')
  await w.row('Unlocking the potential of refugees').getByRole('checkbox').click()
  const bar = page.getByTestId('selection-bar')
  await bar.getByRole('button', { name: 'Select all 2 matching records' }).click()
  await expect(bar).toContainText('All 2 matching records selected')
  await page.getByRole('button', { name: 'Move to trash' }).click()
  await w.expectCount('0 records match the filters')

  await w.removeChip('Country: Switzerland (CH)')
  await page.getByRole('button', { name: /^Columns/ }).click()
  await page.getByRole('group', { name: 'Columns to show' }).getByLabel('Notes').check()
  await expect(w.grid.getByRole('columnheader', { name: 'Notes' })).toBeVisible()
  await page.reload()
  await expect(w.grid.getByRole('columnheader', { name: 'Notes' })).toBeVisible()
})

test('a record changed elsewhere since it was opened is not overwritten; reloading keeps the edits to save again', async ({ page }) => {
  const w = await seeded(page)
  await w.row('Forum on inclusive integration').click()
  await expect(w.field('Title')).toHaveValue('Forum on inclusive integration')
  // Unsaved edits first, so the window's own refresh (which skips a dirty form) cannot hide the conflict.
  await w.field('City').fill('Lyon 2e')
  const [record] = (await callApi<{ rows: { id: number; version: number }[] }>(server!.url, 'records:query', { search: 'forum' })).rows
  await callApi(server!.url, 'records:update', { id: record!.id, version: record!.version, patch: { notes: 'Changed from a script' } })
  await w.save()
  await expect(page.getByTestId('conflict')).toContainText('changed elsewhere')
  await page.getByRole('button', { name: 'Reload and keep my changes' }).click()
  await expect(w.field('Notes')).toHaveValue('Changed from a script')
  await expect(w.field('City')).toHaveValue('Lyon 2e')
  await w.save()
  await expect(page.getByTestId('conflict')).toHaveCount(0)
  await expect(w.row('Forum on inclusive integration')).toContainText('Lyon 2e')
})

test('moves through many records with the keyboard: End, Home, arrows, Enter opens, Space selects', async ({ page }) => {
  server = await startServer(tempDatabase())
  const count = 260
  for (let i = 1; i <= count; i++) {
    await callApi(server.url, 'records:create', { fields: { title: `Meeting ${String(i).padStart(3, '0')}`, startDate: `2015-01-01` } })
  }
  const w = new WorkspacePage(page)
  await w.open(server.url)
  await w.expectCount(`${count} records`)
  // aria-rowindex counts the header row as 1, so record n (from 1) is row n + 1.
  const rowAt = (index: number) => w.grid.locator(`[role="row"][aria-rowindex="${index + 1}"]`)

  await w.grid.focus()
  await page.keyboard.press('End')
  // The last row is scrolled into view and its page of records is fetched.
  await expect(rowAt(count).locator('.cell.title')).toHaveText(/Meeting \d{3}/)
  await expect(rowAt(count)).toBeInViewport()
  await expect(rowAt(1)).toHaveCount(0)

  await page.keyboard.press('Home')
  await expect(rowAt(1)).toBeInViewport()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(rowAt(3)).toHaveClass(/active/)
  const third = (await rowAt(3).locator('.cell.title').textContent())!.trim()
  await page.keyboard.press('Enter')
  await expect(w.field('Title')).toHaveValue(third)
  await w.grid.focus()
  await page.keyboard.press(' ')
  await expect(rowAt(3)).toHaveAttribute('aria-selected', 'true')
})
