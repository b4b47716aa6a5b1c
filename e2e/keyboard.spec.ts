import { readFileSync } from 'node:fs'
import { expect, test, type Locator } from '@playwright/test'
import { callApi, fixtureRecords } from './pages/dedupePage'
import { describeFocus, expectFocusVisible, holdsFocus, tabTo } from './pages/keyboard'
import { WorkspacePage } from './pages/workspacePage'
import { startServer, tempDatabase, type ServerHandle } from './server'
import { ICC_TEXT } from '../test/fixtures'

/** Two of the listing's events as a second source gives them. */
const SECOND_SOURCE = [
  { title: 'UNLOCKING POTENTIAL OF REFUGEES, ASYLUM SEEKERS – INTERCULTURAL APPROACHES TO INTEGRATION', dateText: '29/10/2015 - 30/10/2015', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchatel, Switzerland', city: 'Neuchatel', country: 'Switzerland', countryCode: 'CH' },
  { title: 'Intercultural cities workshop: multilinguism as resource for cities', dateText: '18-19 Sept. 2014', startDate: '2014-09-18', endDate: '2014-09-19', place: 'Bilbao, Spain', city: 'Bilbao', country: 'Spain', countryCode: 'ES' }
]

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

/**
 * The whole day's work without a mouse: no click, no hover, only keys (the listing is pasted, as
 * with Ctrl+V). Focus shows, in the accent ring, at every stop on the way.
 */
test('keyboard only: import a listing, edit a record, merge a duplicate pair, bulk edit, export', async ({ page, request }) => {
  test.setTimeout(180_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  server = await startServer(tempDatabase())
  const w = new WorkspacePage(page)
  await w.open(server.url)
  const keys = page.keyboard
  const focused = (locator: Locator): Promise<void> => expect(locator).toBeFocused()

  // The first Tab offers the skip link, past the toolbar, the sections and the filters.
  await keys.press('Tab')
  await focused(page.getByRole('link', { name: 'Skip to the records' }))
  await expectFocusVisible(page, 'skip link')

  // 1. Import the listing: the view's shortcut, then Tab to the text, paste, preview, import.
  await keys.press('Control+Shift+3')
  await tabTo(page, page.getByTestId('import-text'))
  await keys.insertText(readFileSync(ICC_TEXT, 'utf8'))
  await tabTo(page, page.getByTestId('import-preview'))
  await keys.press('Enter')
  await expect(page.getByTestId('preview-table')).toBeVisible()
  await tabTo(page, page.getByTestId('import-commit'), { back: true })
  await expect(page.getByTestId('import-commit')).toHaveText('Import 73 records')
  await keys.press('Enter')
  await expect(page.getByTestId('import-done')).toBeVisible()

  // 2. Edit a record: the grid takes the keys, arrows move, Enter opens, F6 goes to the form.
  await keys.press('Control+Shift+1')
  await focused(w.grid)
  await w.expectCount('73 records')
  await expectFocusVisible(page, 'grid')
  await keys.press('ArrowDown')
  await keys.press('ArrowDown')
  const active = w.grid.locator('[role="row"].active')
  await expect(w.grid).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!)
  const title = (await active.locator('.cell.title').textContent())!.trim()
  await keys.press('Enter')
  await expect(w.field('Title')).toHaveValue(title)
  await keys.press('F6')
  await expectFocusVisible(page, 'the form')
  await tabTo(page, w.field('Notes'))
  await keys.type('Checked against the printed programme.')
  await keys.press('Control+s')
  await expect(page.locator('.notices')).toContainText(`Saved “${title}”`)
  // Closing the form gives focus back to the grid, not to the page.
  await tabTo(page, w.form.getByRole('button', { name: 'Close the form' }), { back: true })
  await keys.press('Enter')
  await expect(w.form).toBeHidden()
  await focused(w.grid)
  await expectFocusVisible(page, 'grid after the form closed')

  // 3. Merge a duplicate pair: a second source's listings arrive through the API meanwhile; the
  // page is reloaded to show them (the server's own writes do not move SQLite's data_version).
  for (const fields of SECOND_SOURCE) await callApi(request, server.url, 'records:create', { fields })
  await page.reload()
  await w.expectCount('75 records')
  await keys.press('Control+Shift+5')
  await tabTo(page, page.getByTestId('scan'))
  await keys.press('Enter')
  await expect(page.locator('.notices')).toContainText('Scan finished')
  const queue = page.getByTestId('duplicate-queue')
  await tabTo(page, queue.getByRole('option').first())
  await keys.press('Enter')
  const compare = page.getByRole('region', { name: 'Compare records' })
  await expect(compare).toBeVisible()
  await tabTo(page, page.getByTestId('merge'))
  await keys.press('Enter')
  await expect(page.locator('.notices')).toContainText('Merged 2 records')

  // 4. Bulk edit: search, then the records header's Bulk edit…; the dialog keeps Tab inside it.
  await keys.press('Control+Shift+1')
  await keys.press('Control+f')
  await keys.type('Neuchâtel')
  await keys.press('Enter')
  await expect(w.matchCount).toContainText('match “Neuchâtel”')
  const bulkButton = page.getByTestId('bulk-edit')
  await tabTo(page, bulkButton)
  await keys.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'Bulk edit' })
  await expect(dialog).toBeVisible()
  await expectFocusVisible(page, 'bulk edit, first control')
  await tabTo(page, dialog.getByLabel('Change', { exact: true }))
  await dialog.getByLabel('Change', { exact: true }).press('a')
  await expect(dialog.getByLabel('Change', { exact: true })).toHaveValue('addTags')
  await tabTo(page, dialog.getByLabel('Tags', { exact: true }))
  await keys.type('neuchatel')
  await expect(dialog.getByTestId('bulk-apply')).toHaveText(/Apply to \d+ records?/)
  // Forty presses of Tab never leave the dialog.
  for (let i = 0; i < 40; i++) {
    await keys.press('Tab')
    expect(await holdsFocus(dialog), await describeFocus(page)).toBe(true)
  }
  await keys.press('Control+Enter')
  await expect(dialog).toBeHidden()
  await expect(page.locator('.notices')).toContainText(/tag/i)
  await focused(bulkButton)

  // 5. Export the search's records: the dialog, its Export button, the download link.
  const exportButton = page.getByRole('button', { name: 'Export…' })
  await tabTo(page, exportButton, { back: true })
  await keys.press('Enter')
  const exporter = page.getByRole('dialog', { name: 'Export records' })
  await expect(exporter).toBeVisible()
  // Shift+Tab from the first control wraps to the last: the Export button, past the column list.
  await tabTo(page, exporter.getByRole('button', { name: /^Export \d+ records?$/ }), { back: true })
  await keys.press('Enter')
  const link = exporter.getByRole('link', { name: /^Download / })
  await expect(link).toBeVisible()
  await tabTo(page, link, { back: true })
  const [download] = await Promise.all([page.waitForEvent('download'), keys.press('Enter')])
  expect(download.suggestedFilename()).toMatch(/^curate-export-/)
  await keys.press('Escape')
  await expect(exporter).toBeHidden()
  await focused(exportButton)
  await expectFocusVisible(page, 'Export… after the dialog closed')
})

test('keys reach the grid header, the facets, the charts and the form errors', async ({ page, request }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  server = await startServer(tempDatabase())
  for (const fields of fixtureRecords()) await callApi(request, server.url, 'records:create', { fields })
  const w = new WorkspacePage(page)
  await w.open(server.url)
  await w.expectCount('73 records')
  const keys = page.keyboard

  // The header's buttons keep Enter for themselves while a row is active: sort, then Columns.
  await keys.press('Control+Shift+1')
  await keys.press('ArrowDown')
  const titleHeader = w.grid.getByRole('columnheader', { name: /Title/ })
  await tabTo(page, titleHeader.getByRole('button'))
  await keys.press('Enter')
  await expect(titleHeader).toHaveAttribute('aria-sort', /ascending|descending/)
  await tabTo(page, w.grid.getByRole('button', { name: 'Columns' }))
  await keys.press('Enter')
  await expect(page.getByRole('group', { name: 'Columns to show' })).toBeVisible()
  await expect(w.form).toBeHidden()
  await keys.press('Escape')

  // A facet list is one Tab stop; the arrows move inside it and Space ticks.
  const country = w.facet('Country')
  const boxes = country.getByRole('list').getByRole('checkbox')
  await tabTo(page, boxes.first(), { back: true, max: 60 })
  await keys.press('Tab')
  expect(await holdsFocus(country.getByRole('list'))).toBe(false)
  await keys.press('Shift+Tab')
  await expect(boxes.first()).toBeFocused()
  await keys.press('ArrowDown')
  await expect(boxes.nth(1)).toBeFocused()
  await expectFocusVisible(page, 'second country')
  await keys.press(' ')
  await expect(boxes.nth(1)).toBeChecked()
  await expect(w.chips).toBeVisible()
  await w.removeChip((await w.chips.getByRole('button').first().getAttribute('aria-label'))!.replace('Remove filter ', ''))

  // The overview's bars are buttons with their numbers in their names; Enter filters by a year.
  await keys.press('Control+Shift+4')
  const years = page.getByRole('group', { name: 'Events per year' })
  const firstYear = years.getByRole('button').first()
  await tabTo(page, firstYear)
  await expect(firstYear).toHaveAccessibleName(/^\d{4}: \d+ events?$/)
  await keys.press('End')
  const lastYear = years.getByRole('button').last()
  await expect(lastYear).toBeFocused()
  await keys.press('Enter')
  await expect(lastYear).toHaveAttribute('aria-pressed', 'true')
  await expect(page.getByTestId('overview-total')).toContainText('with the filters below')
  const countries = page.getByRole('group', { name: 'Events per country' }).getByRole('button')
  await expect(countries.first()).toHaveAccessibleName(/\([A-Z]{2}\): \d+ events?$/)

  // A refused save: the caret goes to the first invalid field, whose error is its description.
  await keys.press('Alt+n')
  await expect(w.field('Title')).toBeFocused()
  await tabTo(page, w.form.getByLabel('Code'))
  await keys.type('ZZ')
  await keys.press('Control+s')
  await expect(w.field('Title')).toBeFocused()
  await expect(w.field('Title')).toHaveAccessibleDescription(/title is required/i)
  await expect(w.form.getByLabel('Code')).toHaveAccessibleDescription(/^Code: /)
  await expectFocusVisible(page, 'the invalid title')
})

test('a save refused for a change elsewhere takes focus to the explanation; Accept all above… holds and returns focus', async ({ page, request }) => {
  test.setTimeout(120_000)
  await page.setViewportSize({ width: 1280, height: 800 })
  server = await startServer(tempDatabase())
  for (const fields of [...fixtureRecords(), ...SECOND_SOURCE]) await callApi(request, server.url, 'records:create', { fields })
  const w = new WorkspacePage(page)
  await w.open(server.url)
  const keys = page.keyboard
  await w.expectCount('75 records')
  // The toolbar's Export and Bulk edit load after the first rows; start once the page is whole.
  await expect(page.getByRole('button', { name: 'Bulk edit…' })).toBeVisible()

  await keys.press('Control+Shift+1')
  await expect(w.grid).toBeFocused()
  await keys.press('ArrowDown')
  await expect(w.grid).toHaveAttribute('aria-activedescendant', /.+/)
  await expect(w.grid).toBeFocused()

  await keys.press('Enter')
  await expect(w.form).toBeVisible()
  const id = Number((await w.form.getByText(/#\d+ · version/).textContent())!.match(/#(\d+)/)![1])
  await keys.press('F6')
  await tabTo(page, w.field('City'))
  await keys.type(' (centre)')
  const current = (await callApi(request, server.url, 'records:get', { id })) as { version: number }
  await callApi(request, server.url, 'records:update', { id, version: current.version, patch: { notes: 'Changed from a script' } })
  await keys.press('Control+s')
  await expect(page.getByTestId('conflict')).toBeFocused()
  await expectFocusVisible(page, 'the conflict explanation')
  await tabTo(page, page.getByRole('button', { name: 'Reload, discard mine' }))
  await keys.press('Enter')
  await expect(page.getByTestId('conflict')).toBeHidden()

  await keys.press('Control+Shift+5')
  await expect(page.getByRole('heading', { name: 'Duplicates' })).toBeVisible()
  await tabTo(page, page.getByTestId('scan'))
  await keys.press('Enter')
  await expect(page.locator('.notices')).toContainText('Scan finished')
  const acceptButton = page.getByRole('button', { name: /Accept all above/ })
  await tabTo(page, acceptButton, { back: true })
  await keys.press('Enter')
  const accept = page.getByRole('dialog', { name: /Accept all likely duplicates/ })
  await expect(accept.getByLabel('Score at least')).toBeFocused()
  for (let i = 0; i < 12; i++) {
    await keys.press('Tab')
    expect(await holdsFocus(accept), await describeFocus(page)).toBe(true)
  }
  await keys.press('Escape')
  await expect(accept).toBeHidden()
  await expect(acceptButton).toBeFocused()
})
