import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type APIRequestContext, type Page } from '@playwright/test'
import { callApi, fixtureRecords } from './pages/dedupePage'
import { WorkspacePage } from './pages/workspacePage'
import { startServer, tempDatabase, type ServerHandle } from './server'
import { ICC_TEXT } from '../test/fixtures'

/** WCAG 2.1 A and AA, as the issue and the public-sector rules ask. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** A second source listing two of the fixture's events in its own words: real duplicate pairs to review. */
const SECOND_LISTING = [
  { title: 'UNLOCKING POTENTIAL OF REFUGEES, ASYLUM SEEKERS – INTERCULTURAL APPROACHES TO INTEGRATION', dateText: '29/10/2015 - 30/10/2015', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchatel, Switzerland', city: 'Neuchatel', country: 'Switzerland', countryCode: 'CH', tags: ['second source'] },
  { title: 'Intercultural cities workshop: multilinguism as resource for cities', dateText: '18-19 Sept. 2014', startDate: '2014-09-18', endDate: '2014-09-19', place: 'Bilbao, Spain', city: 'Bilbao', country: 'Spain', countryCode: 'ES' }
]

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

/** Every violation of one screen, one line each, so a failure says what and where. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze()
  return result.violations.map((v) => `${v.id} (${v.impact}) ×${v.nodes.length}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`)
}

/** Scans the page as it is now; the test fails at the end with every screen's violations listed. */
function scanner(page: Page): { scan(screen: string): Promise<void>; found: Record<string, string[]> } {
  const found: Record<string, string[]> = {}
  return {
    found,
    async scan(screen: string) {
      // Let transitions and debounced readings settle, so the scan sees the screen as a person does.
      await page.waitForTimeout(300)
      const list = await violations(page)
      if (list.length) found[screen] = list
    }
  }
}

/** A collection with the listing and a second source's take on two of its events: real duplicate pairs. */
async function seeded(request: APIRequestContext): Promise<ServerHandle> {
  const handle = await startServer(tempDatabase())
  for (const fields of [...fixtureRecords(), ...SECOND_LISTING]) await callApi(request, handle.url, 'records:create', { fields })
  return handle
}

async function openAt1280(page: Page, url: string): Promise<WorkspacePage> {
  await page.setViewportSize({ width: 1280, height: 800 })
  const w = new WorkspacePage(page)
  await w.open(url)
  return w
}

test('axe: the first start and every import screen', async ({ page }) => {
  test.setTimeout(180_000)
  server = await startServer(tempDatabase())
  const w = await openAt1280(page, server.url)
  const { scan, found } = scanner(page)
  await scan('records, empty collection')

  await w.section(/^Import/)
  await scan('import, empty')
  await page.getByTestId('import-text').fill(readFileSync(ICC_TEXT, 'utf8'))
  await page.getByTestId('import-preview').click()
  await page.getByTestId('preview-table').waitFor()
  await scan('import preview')
  await page.getByTestId('import-commit').click()
  await page.getByTestId('import-done').waitFor()
  await scan('import done')
  // The same listing again: every row is flagged as already in the collection, with its decision.
  await page.getByTestId('import-text').fill(readFileSync(ICC_TEXT, 'utf8'))
  await page.getByTestId('import-preview').click()
  await expect(page.getByTestId('preview-table')).toContainText('Already in the collection?')
  await scan('import preview, likely duplicates flagged')

  expect(found, JSON.stringify(found, null, 2)).toEqual({})
})

test('axe: the records, the record form and the records dialogs', async ({ page, request }) => {
  test.setTimeout(180_000)
  server = await seeded(request)
  const w = await openAt1280(page, server.url)
  const { scan, found } = scanner(page)
  await w.expectCount('75 records')
  await w.grid.focus()
  await scan('records')
  await page.getByRole('button', { name: /^Columns/ }).click()
  await scan('records, column chooser open')
  await page.keyboard.press('Escape')

  await w.row('Tokyo Declaration').click()
  await w.form.waitFor()
  await scan('record open')
  await w.tab('History').click()
  await scan('record history tab')
  await w.tab('Details').click()
  await w.newRecord()
  await w.field('Start').fill('2015-13-45')
  await w.save()
  await expect(w.form.getByText('Title is required')).toBeVisible()
  await scan('record form with errors')
  page.once('dialog', (d) => void d.accept())
  await w.form.getByRole('button', { name: 'Cancel' }).click()
  await expect(w.form).toBeHidden()

  await w.search('Refugees')
  await page.getByTestId('bulk-edit').click()
  await page.getByRole('dialog', { name: 'Bulk edit' }).waitFor()
  await page.getByLabel('Change', { exact: true }).selectOption({ label: 'Add tags' })
  await page.getByRole('dialog', { name: 'Bulk edit' }).getByLabel('Tags', { exact: true }).fill('refugees')
  await scan('bulk edit dialog')
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Export…' }).click()
  await page.getByRole('dialog', { name: 'Export records' }).waitFor()
  await scan('export dialog')
  await page.keyboard.press('Escape')

  await w.section(/^Trash/)
  await scan('trash')
  expect(found, JSON.stringify(found, null, 2)).toEqual({})
})

test('axe: overview, duplicates and their dialogs, clean values, history, backups', async ({ page, request }) => {
  test.setTimeout(180_000)
  server = await seeded(request)
  const w = await openAt1280(page, server.url)
  const { scan, found } = scanner(page)
  await w.section(/^Overview/)
  await expect(page.getByRole('group', { name: 'Events per year' })).toBeVisible()
  await scan('overview')

  await w.section(/^Duplicates/)
  await scan('duplicates, before a scan')
  await page.getByTestId('scan').click()
  await expect(page.locator('.notices')).toContainText('Scan finished')
  await page.getByTestId('duplicate-queue').getByRole('option').first().click()
  await scan('duplicates, comparing a pair')
  await page.getByRole('button', { name: 'Not duplicates…' }).click()
  await scan('duplicates, dismissed pairs')
  await page.getByRole('button', { name: 'Not duplicates…' }).click()
  await page.getByRole('button', { name: /Accept all above/ }).click()
  const accept = page.getByRole('dialog', { name: /Accept all likely duplicates/ })
  await accept.getByRole('button', { name: 'Preview' }).click()
  await accept.getByTestId('accept-preview').waitFor()
  await scan('accept all above dialog')
  await page.keyboard.press('Escape')
  await expect(accept).toBeHidden()

  await w.section(/^Clean values/)
  await page.getByRole('button', { name: 'Find clusters' }).click()
  await page.getByTestId('cluster-summary').waitFor()
  await scan('clean values')
  await w.section(/^History/)
  await scan('history')
  await w.section(/^Backups/)
  await scan('backups')
  expect(found, JSON.stringify(found, null, 2)).toEqual({})
})
