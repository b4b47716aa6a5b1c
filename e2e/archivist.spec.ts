import { expect, test } from '@playwright/test'
import { callApi, WorkspacePage } from './pages/workspacePage'
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

async function seeded(page: import('@playwright/test').Page, records = RECORDS): Promise<WorkspacePage> {
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
