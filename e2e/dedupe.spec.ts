import { expect, test } from '@playwright/test'
import { callApi, DedupePage, fixtureRecords } from './pages/dedupePage'
import { startServer, tempDatabase, type ServerHandle } from './server'

/** A second source listing four of the fixture's events in its own words. */
const SECOND_LISTING = [
  { title: 'UNLOCKING POTENTIAL OF REFUGEES, ASYLUM SEEKERS – INTERCULTURAL APPROACHES TO INTEGRATION', dateText: '29/10/2015 - 30/10/2015', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchatel, Switzerland', city: 'Neuchatel', country: 'Switzerland', countryCode: 'CH', tags: ['second source'] },
  { title: 'Study visit: welcoming refugees, integration in the labour market', dateText: '22.10.2015-23.10.2015', startDate: '2015-10-22', endDate: '2015-10-23', place: 'Berlin-Neukölln, Germany', city: 'Berlin Neukölln', country: 'Germany', countryCode: 'DE' },
  { title: 'Intercultural cities workshop: multilinguism as resource for cities', dateText: '18-19 Sept. 2014', startDate: '2014-09-18', endDate: '2014-09-19', place: 'Bilbao, Spain', city: 'Bilbao', country: 'Spain', countryCode: 'ES' },
  { title: 'Diversity Advantage Challenge: award ceremony', dateText: '24 March 2015', startDate: '2015-03-24', endDate: '2015-03-24', place: 'Strasbourg, France', city: 'Strasbourg', country: 'France', countryCode: 'FR' }
]

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

async function seededServer(request: Parameters<Parameters<typeof test>[2]>[0]['request']): Promise<ServerHandle> {
  const handle = await startServer(tempDatabase())
  // No import UI to drive here: the records go in through the same API the renderer uses.
  for (const fields of [...fixtureRecords(), ...SECOND_LISTING]) await callApi(request, handle.url, 'records:create', { fields })
  return handle
}

test('scan, review, merge, dismiss, rescan and undo the merge', async ({ page, request }) => {
  server = await seededServer(request)
  const dedupe = new DedupePage(page)
  await dedupe.open(server.url)
  await expect(page.getByTestId('dedupe-empty')).toContainText('No scan yet')

  await dedupe.scan()
  await expect(dedupe.summary).toContainText('4 to review')
  await expect(dedupe.queue.getByRole('option')).toHaveCount(4)
  // The fixture's three distinct "1st ICC expert visit" events are never proposed.
  await expect(dedupe.item('1st ICC expert visit')).toHaveCount(0)

  // Review the Neuchâtel listings: reasons in words, differing fields highlighted, pick a title.
  await dedupe.item('Unlocking the potential').click()
  // Each field's level with its weight, after the probability in words.
  await expect(dedupe.compare).toContainText(/same dates \(\+\d+\.\d\)/)
  await expect(dedupe.compare).toContainText(/same place \(\+\d+\.\d\)/)
  await expect(dedupe.compare).toContainText(/the same event \(\d+%\)/)
  await expect(page.getByTestId('model-summary')).toContainText('Model learned from 0 decisions')
  await expect(dedupe.fieldRow('place')).toHaveClass(/differs/)
  await expect(dedupe.fieldRow('startDate')).not.toHaveClass(/differs/)
  await dedupe.compare.getByRole('radio', { name: 'Keep record #1' }).check()
  await dedupe.pick('Date as written', 74).check()
  await expect(dedupe.mergeButton).toHaveText(/Merge 2 records into #1/)
  await dedupe.mergeButton.click()
  await expect(dedupe.notices).toContainText('Merged 2 records into “Unlocking the potential')
  await expect(dedupe.summary).toContainText('3 to review')
  await expect(dedupe.item('Unlocking the potential')).toHaveCount(0)
  const merged = (await callApi(request, server.url, 'records:get', { id: 74 })) as { status: string; mergedInto: number }
  expect(merged).toMatchObject({ status: 'merged', mergedInto: 1 })
  const survivor = (await callApi(request, server.url, 'records:get', { id: 1 })) as { dateText: string; tags: string[] }
  expect(survivor).toMatchObject({ dateText: '29/10/2015 - 30/10/2015', tags: ['second source'] })

  // The award ceremony listings are kept apart.
  await dedupe.item('Diversity Advantage').click()
  await dedupe.notDuplicatesButton.click()
  await expect(dedupe.summary).toContainText('2 to review')

  // The merge and the "not duplicates" are what the model learns from when re-estimated.
  await page.getByTestId('re-estimate').click()
  await expect(page.getByTestId('model-decisions')).toHaveText('2 decisions')
  await page.getByRole('button', { name: 'Weights' }).click()
  await expect(page.getByTestId('model-weights')).toContainText(/same place \+\d+\.\d/)
  await page.screenshot({ path: test.info().outputPath('duplicates-model.png') })

  // A new scan does not propose the dismissed pair again.
  await dedupe.scan()
  await expect(dedupe.summary).toContainText('2 to review')
  await expect(dedupe.item('Diversity Advantage')).toHaveCount(0)

  // The decision is the latest change in the History, so Undo takes it back first (the pair
  // returns with the next scan); the second Undo brings both records of the merge back, exactly as they were.
  await expect(dedupe.undoButton).toHaveAttribute('title', /Undo “Not duplicates: /)
  await dedupe.undoButton.click()
  await expect(dedupe.undoButton).toHaveAttribute('title', /Undo “Merged 2 records/)
  await dedupe.undoButton.click()
  await expect(dedupe.summary).toContainText('3 to review')
  await expect(dedupe.item('Unlocking the potential')).toHaveCount(1)
  expect(await callApi(request, server.url, 'records:get', { id: 74 })).toMatchObject({ status: 'active', mergedInto: null })
  expect(await callApi(request, server.url, 'records:get', { id: 1 })).toMatchObject({ dateText: '29-30 October 2015', tags: [] })
})

test('batch accept after a preview, and clean city spellings', async ({ page, request }) => {
  server = await seededServer(request)
  const dedupe = new DedupePage(page)
  await dedupe.open(server.url)
  await dedupe.scan()

  await page.getByRole('button', { name: 'Accept all above…' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('Score at least').fill('100')
  await dialog.getByRole('button', { name: 'Preview' }).click()
  await expect(page.getByTestId('accept-preview')).toContainText('4 records will be merged into 2')
  await expect(page.getByTestId('accept-confirm')).toHaveText('2 merges (4 records)')
  await page.getByTestId('accept-confirm').click()
  await expect(dedupe.notices).toContainText('Merged 4 records into 2')
  await expect(dedupe.summary).toContainText('2 to review')

  await dedupe.openCleanValues()
  await page.getByLabel('Field').selectOption('city')
  await expect(page.getByTestId('cluster-summary')).toContainText('cluster')
  await dedupe.undoButton.click()
  await expect(page.getByTestId('cluster').filter({ hasText: 'Neuchatel' })).toBeVisible()
  const cluster = page.getByTestId('cluster').filter({ hasText: 'Neuchatel' })
  await cluster.getByRole('button', { name: 'Neuchâtel', exact: true }).click()
  await cluster.getByRole('button', { name: /Apply to 1 record/ }).click()
  await expect(dedupe.notices).toContainText('Changed city “Neuchatel” to “Neuchâtel” in 1 record')
  await expect(page.getByTestId('cluster').filter({ hasText: 'Neuchatel' })).toHaveCount(0)
  expect(await callApi(request, server.url, 'records:get', { id: 74 })).toMatchObject({ city: 'Neuchâtel' })
})
