import { expect, test } from '@playwright/test'
import { callApi, WorkspacePage } from './pages/workspacePage'
import { ExportPage } from './pages/exportPage'
import { startServer, tempDatabase, type ServerHandle } from './server'

/** Issue 17: the app as an archivist meets it (undo, dates, warnings, layout, keyboard). */
let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

const RECORDS = [
  { title: 'Unlocking the potential of refugees', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchâtel (Switzerland)', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', tags: ['refugees'] },
  { title: 'Round table on intercultural mediation', startDate: '2012-11-05', endDate: '2012-11-05', place: 'Geneva, Switzerland', city: 'Geneva', country: 'Switzerland', countryCode: 'CH' },
  { title: 'Forum on inclusive integration', startDate: '2015-06-01', endDate: '2015-06-01', place: 'Lyon (France)', city: 'Lyon', country: 'France', countryCode: 'FR' }
]

async function seeded(page: import('@playwright/test').Page, records: Record<string, unknown>[] = RECORDS): Promise<WorkspacePage> {
  server = await startServer(tempDatabase())
  for (const fields of records) await callApi(server.url, 'records:create', { fields })
  const workspace = new WorkspacePage(page)
  await workspace.open(server.url)
  await workspace.expectCount(`${records.length} records`)
  return workspace
}

test.describe('1. undo names its operation', () => {
  test('a stale toast never undoes another change; it says what happened instead', async ({ page }) => {
    const w = await seeded(page)
    const toasts = page.locator('.notices')
    await w.row('Forum on inclusive').getByRole('checkbox').click()
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await w.expectCount('2 records')
    const trashToast = toasts.getByRole('status').filter({ hasText: /^Moved/ })
    await expect(trashToast.getByRole('button', { name: 'Undo' })).toBeVisible()

    await w.undoButton.click()
    await w.expectCount('3 records')
    await expect(trashToast).toContainText('already undone')
    await expect(trashToast.getByRole('button', { name: 'Undo' })).toHaveCount(0)
    // Nothing else was undone: the three creations stand.
    await w.expectCount('3 records')

    await w.row('Forum on inclusive').getByRole('checkbox').click()
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await w.expectCount('2 records')
    await w.row('Round table').getByRole('checkbox').click()
    await page.getByRole('button', { name: 'Move to trash' }).click()
    await w.expectCount('1 record')
    const older = toasts.getByRole('status').filter({ hasText: /^Moved “Forum on inclusive/ }).last()
    const newer = toasts.getByRole('status').filter({ hasText: /^Moved “Round table/ })
    await expect(older).toContainText('later changes sit on top')
    await expect(older.getByRole('button', { name: 'Undo' })).toHaveCount(0)
    await newer.getByRole('button', { name: 'Undo' }).click()
    await w.expectCount('2 records')
  })

  test('History: "Go back to here" returns to the state right after the clicked step', async ({ page }) => {
    const w = await seeded(page)
    await w.section(/History/)
    const view = page.getByTestId('history-view')
    const first = view.getByRole('row').filter({ hasText: 'Unlocking the potential' })
    const back = first.getByRole('button', { name: 'Go back to here' })
    await expect(back).toHaveAttribute('title', /right after this change: undoes the 2 later changes/)
    await back.click()
    await expect(first).toContainText('current')
    await w.section(/Records/)
    await w.expectCount('1 record')
    await w.section(/History/)
    await view.getByRole('row').filter({ hasText: 'Before any change' }).getByRole('button', { name: 'Go back to here' }).click()
    await w.section(/Records/)
    await w.expectCount('0 records')
  })
})

test.describe('2. a new record saves what its date and place texts read as', () => {
  test('Ctrl+S right after typing saves the dates and the split place; the form shows them first', async ({ page }) => {
    server = await startServer(tempDatabase())
    const w = new WorkspacePage(page)
    await w.open(server.url)
    await w.newRecord()
    await w.field('Title').fill('Conference on intercultural cities')
    await w.field('Date as written').fill('29-30 October 2015')
    await w.field('Place as written').fill('Bern (Switzerland)')
    await page.keyboard.press('Control+s')
    await expect(w.row('Conference on intercultural cities')).toContainText('2015-10-29 – 2015-10-30')
    const saved = await callApi<{ rows: Record<string, unknown>[] }>(server.url, 'records:query', { search: 'intercultural' })
    expect(saved.rows[0]).toMatchObject({ startDate: '2015-10-29', endDate: '2015-10-30', city: 'Bern', country: 'Switzerland', countryCode: 'CH' })

    // Before saving, the form shows what will be saved; a field set by hand is left alone.
    await w.newRecord()
    await w.field('Title').fill('Seminar with a date set by hand')
    await w.field('Start date').fill('2016-01-05')
    await w.field('Date as written').fill('18 Jan 2012')
    await w.field('Place as written').fill('Lyon, France')
    await expect(w.field('Country')).toHaveValue('France')
    await expect(w.form.getByTestId('place-reading')).toContainText('reads as Lyon · France (FR)')
    await expect(w.field('Start date')).toHaveValue('2016-01-05')
    await expect(w.field('End date')).toHaveValue('')
  })
})

const LISTING = `Meetings and events

Forum on inclusive cities
12 March 2016
Kornhausforum

Seminar on migration and diversity
18-19 April 2016
Lyon (France)
`

test.describe('3 and 8. warnings follow edits; preview date cells read free text', () => {
  test('the preview drops a fixed warning and reads "18 Jan 2012"; after import a fix or a review clears it, in the History', async ({ page }) => {
    server = await startServer(tempDatabase())
    const w = new WorkspacePage(page)
    await w.open(server.url)
    await w.section(/^Import/)
    await page.getByTestId('import-text').fill(LISTING)
    await page.getByTestId('import-preview').click()
    const table = page.getByTestId('preview-table')
    const bernRow = table.getByRole('row').filter({ has: page.getByRole('textbox', { name: /^Title, line 3$/ }) })
    await expect(bernRow).toContainText('no country in the place')
    const country = table.getByRole('textbox', { name: 'Country, line 3', exact: true })
    await country.fill('Switzerland')
    await country.press('Enter')
    await expect(bernRow).not.toContainText('no country in the place')

    const start = table.getByRole('textbox', { name: 'Start, line 3', exact: true })
    await start.fill('18 Jan 2012')
    await start.press('Enter')
    await expect(start).toHaveValue('2012-01-18')
    await country.fill('')
    await country.press('Enter')
    await expect(bernRow).toContainText('no country in the place')
    await page.getByTestId('import-commit').click()
    await expect(page.getByTestId('import-done')).toBeVisible()

    await w.section(/^Records/)
    await w.toggleFacet('Warnings', 'With warnings')
    await w.expectCount(/^1 record/)
    await w.row('Forum on inclusive cities').click()
    const warnings = w.form.getByTestId('record-warnings')
    await expect(warnings).toContainText('no country in the place')
    await warnings.getByRole('button', { name: 'Reviewed' }).first().click()
    await expect(warnings).toHaveCount(0)
    await w.expectCount(/^0 records/)
    await w.section(/History/)
    await expect(page.getByTestId('history-view')).toContainText('Reviewed “no country in the place” on “Forum on inclusive cities”')
  })
})

/** True when the element's centre is not under anything else (a toast, a banner). */
async function uncovered(locator: import('@playwright/test').Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const page = el.ownerDocument
    const box = el.getBoundingClientRect()
    const top = page.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return top !== null && (el === top || el.contains(top)) && box.right <= page.documentElement.clientWidth && box.bottom <= page.documentElement.clientHeight
  })
}

test.describe('4 and 12. the grid fits a laptop; nothing covers controls', () => {
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 700 }]) {
    test(`at ${size.width}×${size.height} the grid never runs sideways and the form's buttons stay clear`, async ({ page }) => {
      await page.setViewportSize(size)
      const w = await seeded(page)
      const grid = w.grid
      const overflow = (): Promise<number> => grid.evaluate((el) => el.scrollWidth - el.clientWidth)
      expect(await overflow()).toBeLessThanOrEqual(0)
      await expect(page.getByRole('button', { name: 'Columns' })).toBeInViewport()
      await expect(w.grid.getByRole('columnheader', { name: /Country/ })).toBeInViewport()

      // A toast (here: the trash's Undo) sits in the status bar, never over the form's Save.
      await w.row('Round table').getByRole('checkbox').click()
      await page.getByRole('button', { name: 'Move to trash' }).click()
      await expect(page.locator('.notices').getByRole('status')).toBeVisible()

      await w.row('Forum on inclusive').click()
      await expect(w.form).toBeVisible()
      expect(await overflow()).toBeLessThanOrEqual(0)
      expect(await grid.evaluate((el) => el.scrollLeft)).toBe(0)
      await expect(page.getByRole('button', { name: 'Columns' })).toBeInViewport()
      // A title column wide enough to read, beside the open record.
      const titleWidth = await w.grid.getByRole('columnheader', { name: /Title/ }).evaluate((el) => el.getBoundingClientRect().width)
      expect(titleWidth).toBeGreaterThanOrEqual(150)

      await w.field('Title').fill('Forum on inclusive integration policies')
      await expect(page.locator('.notices').getByRole('status')).toBeVisible()
      const save = w.form.getByRole('button', { name: /^Save/ })
      expect(await uncovered(save)).toBe(true)
      expect(await uncovered(w.form.getByRole('button', { name: 'Cancel' }))).toBe(true)
    })
  }

  test('the record panel resizes from its edge and keeps its width', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const w = await seeded(page)
    await w.row('Forum on inclusive').click()
    const panel = page.getByRole('complementary', { name: 'Record panel' })
    const before = (await panel.boundingBox())!.width
    const edge = page.getByRole('separator', { name: 'Resize the record panel' })
    await edge.focus()
    await page.keyboard.press('Shift+ArrowLeft')
    await expect.poll(async () => (await panel.boundingBox())!.width).toBe(before + 80)
    await page.reload()
    await w.row('Forum on inclusive').click()
    await expect.poll(async () => (await panel.boundingBox())!.width).toBe(before + 80)
  })
})

test.describe('5. validation on save', () => {
  test('Ctrl+S shows every error at once and focuses the first; a bad start date is not also "end before start"', async ({ page }) => {
    server = await startServer(tempDatabase())
    const w = new WorkspacePage(page)
    await w.open(server.url)
    await w.newRecord()
    await w.field('Notes').fill('typed before the title')
    await page.keyboard.press('Control+s')
    await expect(w.form.getByRole('alert')).toContainText('title is required')
    await expect(w.field('Title')).toBeFocused()

    await w.field('Title').fill('Forum with an impossible date')
    await w.field('Start date').fill('2015-02-30')
    await w.field('End date').fill('2015-01-01')
    await w.field('Notes').click()
    await page.keyboard.press('Control+s')
    await expect(w.field('Start date')).toBeFocused()
    await expect(w.form.getByRole('alert')).toHaveCount(1)
    await expect(w.form.getByRole('alert')).toContainText('ISO 8601')
    await expect(w.matchCount).toHaveText('0 records')
  })
})

test.describe('6. selection', () => {
  test('Shift-click on row checkboxes selects the range; Shift-click and double-click select no page text', async ({ page }) => {
    const w = await seeded(page, [...RECORDS, { title: 'Archives day', startDate: '2010-05-02', endDate: '2010-05-02' }])
    const rows = w.grid.getByRole('row').filter({ has: page.getByRole('checkbox') }).filter({ hasNot: page.getByRole('columnheader') })
    await rows.nth(0).getByRole('checkbox').click()
    await rows.nth(2).getByRole('checkbox').click({ modifiers: ['Shift'] })
    await expect(page.getByText('3 selected')).toBeVisible()
    await expect(rows.nth(3).getByRole('checkbox')).not.toBeChecked()

    const selectedText = (): Promise<string> => page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()))
    await rows.nth(0).click()
    await rows.nth(3).click({ modifiers: ['Shift'] })
    await expect(page.getByText('4 selected')).toBeVisible()
    expect(await selectedText()).toBe('')
    await rows.nth(1).dblclick()
    expect(await selectedText()).toBe('')
  })
})

test.describe('7. "not duplicates" can be reviewed and taken back', () => {
  test('the decision is in the History, undoable, and the list of dismissed pairs can put a pair back', async ({ page }) => {
    const w = await seeded(page, [
      { title: 'Forum on inclusive cities', startDate: '2016-03-12', endDate: '2016-03-12', place: 'Bern (Switzerland)', city: 'Bern', country: 'Switzerland', countryCode: 'CH' },
      { title: 'Forum on inclusive cities', startDate: '2016-03-12', endDate: '2016-03-12', place: 'Bern, Switzerland', city: 'Bern', country: 'Switzerland', countryCode: 'CH' }
    ])
    await w.section(/^Duplicates/)
    await page.getByTestId('scan').click()
    await page.getByTestId('not-duplicates').click()
    const toast = page.locator('.notices').getByRole('status').filter({ hasText: 'not duplicates' })
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible()
    await w.section(/^History/)
    await expect(page.getByTestId('history-view')).toContainText('Not duplicates: “Forum on inclusive cities” and “Forum on inclusive cities”')
    await w.undoButton.click()
    await expect(page.getByTestId('history-view').getByRole('row').filter({ hasText: 'Not duplicates:' })).toContainText('undone')
    await w.redoButton.click()

    await w.section(/^Duplicates/)
    await page.getByRole('button', { name: 'Not duplicates…' }).click()
    const list = page.getByTestId('dismissed-pairs')
    await expect(list.getByRole('row').filter({ hasText: 'Forum on inclusive cities' })).toHaveCount(1)
    await list.getByRole('button', { name: 'Review again' }).click()
    await expect(list).toContainText('No pair is marked “not duplicates”')
    await w.section(/^History/)
    await expect(page.getByTestId('history-view')).toContainText('Back in the duplicate review: “Forum on inclusive cities” and “Forum on inclusive cities”')
  })
})

test.describe('10 and 11. keyboard, focus and the first start', () => {
  test('the empty collection offers Import first, saying what it reads', async ({ page }) => {
    server = await startServer(tempDatabase())
    const w = new WorkspacePage(page)
    await w.open(server.url)
    const empty = page.getByTestId('empty-state')
    await expect(empty).toContainText('Start by importing your listings')
    await expect(empty).toContainText('CSV or TSV')
    await empty.getByTestId('first-import').click()
    await expect(page.getByTestId('import-text')).toBeVisible()
  })

  test('view shortcuts the browser leaves alone follow the sidebar; Ctrl+Shift+1 focuses the grid; F6 cycles the panes', async ({ page }) => {
    const w = await seeded(page)
    const sections = page.getByRole('navigation', { name: 'Sections' })
    await expect(sections.getByRole('button', { name: /^Import/ })).toHaveAttribute('title', 'Import (Ctrl+Shift+3)')
    await expect(sections.getByRole('button', { name: /^History/ })).toHaveAttribute('title', 'History (Ctrl+Shift+7)')
    await expect(page.getByRole('button', { name: /New record/ }).first()).toHaveAttribute('title', 'New record (Alt+N)')

    await page.keyboard.press('Control+Shift+7')
    await expect(page.getByTestId('history-view')).toBeVisible()
    await page.keyboard.press('Control+Shift+1')
    await expect(w.grid).toBeFocused()
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await expect(w.form).toBeVisible()

    await w.grid.focus()
    await page.keyboard.press('F6')
    await expect(w.form.getByLabel('Title').first()).toBeFocused()
    await page.keyboard.press('F6')
    await expect(page.getByRole('searchbox', { name: 'Search records' })).toBeFocused()
    await page.keyboard.press('F6')
    await expect(sections.getByRole('button', { name: /^Records/ })).toBeFocused()
    await page.keyboard.press('Shift+F6')
    await expect(page.getByRole('searchbox', { name: 'Search records' })).toBeFocused()

    await page.keyboard.press('Escape')
    await page.locator('body').click({ position: { x: 600, y: 400 } })
    await page.keyboard.press('Alt+n')
    await expect(w.form.getByRole('heading', { name: 'New record' })).toBeVisible()
  })
})

test.describe('9. the export dialog', () => {
  test('a row clicked to open it leaves the search as the scope; the footer belongs to the format it was made for', async ({ page }) => {
    const w = await seeded(page)
    await w.search('forum')
    await w.expectCount('1 record match “forum”')
    await w.row('Forum on inclusive').click()
    await expect(w.form).toBeVisible()
    // The row clicked open is highlighted, not ticked: its box stays empty until ticked on purpose.
    await expect(w.row('Forum on inclusive').getByRole('checkbox')).not.toBeChecked()
    await expect(page.getByTestId('selection-bar')).toContainText(/1 selected\s*the open record/)
    const exporter = new ExportPage(page)
    await exporter.open()
    await expect(exporter.scope(/current search and filters/)).toBeChecked()
    await exporter.format('CSV').check()
    await exporter.exportAndDownload()
    await expect(exporter.outcome).toContainText('Downloaded curate-export-')
    await exporter.format('iCalendar').check()
    await expect(exporter.outcome).toHaveCount(0)
    await exporter.dialog.getByRole('button', { name: /Close|Cancel/ }).first().click()

    // Rows ticked on purpose are the default scope.
    await w.row('Forum on inclusive').getByRole('checkbox').check()
    await expect(w.row('Forum on inclusive')).toHaveAttribute('aria-selected', 'true')
    await exporter.open()
    await expect(exporter.scope(/selected records/)).toBeChecked()
  })
})

test.describe('13. overview', () => {
  test('a clicked year filters, the other years stay visible and dimmed, and Shift+click stretches the range', async ({ page }) => {
    const w = await seeded(page)
    await w.section(/^Overview/)
    const bar = (year: number) => page.locator(`svg[aria-label="Events per year"] g.bar[data-year="${year}"]`)
    await bar(2012).click()
    await expect(page.getByTestId('overview-total')).toHaveText('1 event with the filters below')
    await expect(bar(2015)).toHaveClass(/dim/)
    await expect(bar(2012)).toHaveClass(/on/)
    await bar(2015).click({ modifiers: ['Shift'] })
    await expect(page.getByTestId('overview-total')).toHaveText('3 events with the filters below')
    await expect(bar(2015)).toHaveClass(/on/)
  })
})

test.describe('15. smaller points', () => {
  test('pasted text is not called "the file"; the whole header cell sorts', async ({ page }) => {
    const w = await seeded(page)
    const head = w.grid.getByRole('columnheader', { name: /Country/ })
    const box = (await head.boundingBox())!
    await page.mouse.click(box.x + box.width - 20, box.y + box.height / 2)
    await expect(head).toHaveAttribute('aria-sort', 'ascending')

    await w.section(/^Import/)
    await page.getByTestId('import-text').fill('{ "format": "curate", "records": [')
    await page.getByTestId('import-preview').click()
    await expect(page.getByTestId('import-error')).toContainText('pasted text')
    await expect(page.getByTestId('import-error')).not.toContainText('the file')
  })
})

test('15. tag suggestions close on save', async ({ page }) => {
  const w = await seeded(page)
  await w.newRecord()
  await w.field('Title').fill('Seminar on refugee reception')
  await w.field('Tags').fill('ref')
  const suggestions = page.getByRole('listbox')
  await expect(suggestions).toBeVisible()
  await page.keyboard.press('Control+s')
  await expect(w.row('Seminar on refugee reception')).toBeVisible()
  await expect(suggestions).toHaveCount(0)
})

test('12. at 1024×700 the "changed elsewhere" banner pushes the fields down instead of covering them', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  const w = await seeded(page)
  await w.row('Forum on inclusive integration').click()
  await w.field('City').fill('Lyon 2e')
  const [record] = (await callApi<{ rows: { id: number; version: number }[] }>(server!.url, 'records:query', { search: 'forum' })).rows
  await callApi(server!.url, 'records:update', { id: record!.id, version: record!.version, patch: { notes: 'Changed from a script' } })
  await w.save()
  await expect(page.getByTestId('conflict')).toContainText('changed elsewhere')
  for (const label of ['Title', 'Date as written']) {
    await w.field(label).scrollIntoViewIfNeeded()
    expect(await uncovered(w.field(label))).toBe(true)
  }
  expect(await uncovered(w.form.getByRole('button', { name: /^Save/ }))).toBe(true)
  expect(await uncovered(page.getByRole('button', { name: 'Reload and keep my changes' }))).toBe(true)
})

test.describe('15. the import preview and the tag field follow what the archivist typed', () => {
  test('a row corrected in the preview is compared with the collection again: its duplicate flag comes and goes', async ({ page }) => {
    const w = await seeded(page)
    await w.section(/^Import/)
    await page.getByTestId('import-text').fill(
      'Forum on inclusive integration\n\n1 June 2015\n\nLyon (France)\n\n\nRound table on intercultural mediation\n\n5 November 2013\n\nGeneva, Switzerland\n'
    )
    await page.getByTestId('import-preview').click()
    const table = page.getByTestId('preview-table')
    const rowOf = (line: number) => table.getByRole('row').filter({ has: page.getByRole('textbox', { name: `Title, line ${line}`, exact: true }) })
    const forum = rowOf(1)
    const roundTable = rowOf(8)
    await expect(forum).toContainText('Already in the collection?')
    await expect(roundTable).not.toContainText('Already in the collection?')

    // The round table's year was a typo: corrected, it is the one already in the collection.
    const start = table.getByRole('textbox', { name: 'Start, line 8', exact: true })
    await start.fill('2012-11-05')
    await start.press('Enter')
    const end = table.getByRole('textbox', { name: 'End, line 8', exact: true })
    await end.fill('2012-11-05')
    await end.press('Enter')
    await expect(roundTable).toContainText('Already in the collection? “Round table on intercultural mediation”, 2012-11-05')
    await expect(roundTable.getByRole('button', { name: 'Skip' })).toHaveAttribute('aria-pressed', 'true')
    await expect(page.getByTestId('import-facts')).toContainText('2 possible duplicates')

    // The forum is another year's edition: once its date says so, the flag goes.
    const forumStart = table.getByRole('textbox', { name: 'Start, line 1', exact: true })
    await forumStart.fill('2017-06-01')
    await forumStart.press('Enter')
    const forumEnd = table.getByRole('textbox', { name: 'End, line 1', exact: true })
    await forumEnd.fill('2017-06-01')
    await forumEnd.press('Enter')
    await expect(forum).not.toContainText('Already in the collection?')
    await expect(page.getByTestId('import-commit')).toHaveText('Import 1 record')
    await expect(page.getByTestId('import-facts')).toContainText('1 possible duplicate')
  })

  test('Ctrl+S with a tag half-typed adds the tag before saving', async ({ page }) => {
    const w = await seeded(page)
    await w.newRecord()
    await w.field('Title').fill('Seminar on welcoming cities')
    await w.field('Tags').fill('welcome')
    await w.field('Tags').press('Enter')
    await w.field('Tags').fill('reception-to-check')
    await page.keyboard.press('Control+s')
    await expect(w.row('Seminar on welcoming cities')).toBeVisible()
    const found = await callApi<{ rows: { title: string; tags: string[] }[] }>(server!.url, 'records:query', { search: 'welcoming' })
    expect(found.rows.map((r) => r.tags)).toEqual([['reception-to-check', 'welcome']])
    await expect(w.field('Tags')).toHaveValue('')
  })
})
