import { readFileSync } from 'node:fs'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { ExportPage } from './pages/exportPage'
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
  const response = await request.post(new URL(`api/${method}`, base).toString(), {
    headers: { 'x-curate-token': base.searchParams.get('token')! },
    data: args
  })
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`)
  return envelope.value
}

const SEED = [
  { title: 'Water forum', startDate: '2015-03-01', endDate: '2015-03-02', place: 'Neuchâtel (Switzerland)', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', tags: ['water', 'law'] },
  { title: 'Archives day', startDate: '2016-05-02', endDate: '2016-05-02', city: 'Lyon', country: 'France', countryCode: 'FR' },
  { title: 'Water and cities, "second" edition', startDate: '2017-09-06', endDate: '2017-09-08', city: 'Berlin', country: 'Germany', countryCode: 'DE', tags: ['water'] },
  { title: 'Water rights seminar (cancelled)', startDate: '2018-01-10', endDate: '2018-01-10', city: 'Rome', country: 'Italy', countryCode: 'IT' },
  { title: 'Memory conference', startDate: '2019-10-07', endDate: '2019-10-09', city: 'Vienna', country: 'Austria', countryCode: 'AT' }
]

test('filter the records, export them as CSV and download the file', async ({ page, request }) => {
  server = await startServer(tempDatabase())
  const ids: number[] = []
  for (const fields of SEED) ids.push((await call<{ id: number }>(request, server.url, 'records:create', { fields })).id)
  await call(request, server.url, 'records:trash', { ids: [ids[3]] })

  const records = new RecordsPage(page)
  await records.open(server.url)
  await records.search('water')
  await expect(records.matchCount).toHaveText('2 records match “water”')

  const exporter = new ExportPage(page)
  await exporter.open()
  await expect(exporter.scope(/current search and filters/)).toBeChecked()
  await expect(exporter.scopeCount('search')).toHaveText('2')
  await expect(exporter.scopeCount('all')).toHaveText('4')
  await exporter.format('CSV').check()
  await exporter.column('Id').uncheck()
  await exporter.column('UID').uncheck()
  await exporter.dialog.getByLabel('Tags joined by').fill('|')
  await exporter.dialog.getByRole('checkbox', { name: /Byte order mark/ }).check()
  await exporter.saveProfile('Water for Excel')

  const download = await exporter.exportAndDownload()
  expect(download.suggestedFilename()).toMatch(/^curate-export-\d{4}-\d{2}-\d{2}\.csv$/)
  const text = readFileSync((await download.path())!, 'utf8')
  const rows = text.split('\r\n')
  expect(rows[0]).toBe('\uFEFFtitle,startDate,endDate,dateText,place,city,country,countryCode,tags,notes,sourceFile,sourceLine')
  expect(rows.slice(1)).toEqual([
    'Water forum,2015-03-01,2015-03-02,,Neuchâtel (Switzerland),Neuchâtel,Switzerland,CH,law|water,,,',
    '"Water and cities, ""second"" edition",2017-09-06,2017-09-08,,,Berlin,Germany,DE,water,,,',
    ''
  ])
  await expect(exporter.outcome).toContainText('Ready: 2 records')

  // The profile is kept in the collection: a new dialog session offers it again.
  await exporter.dialog.getByRole('button', { name: 'Close' }).last().click()
  await expect(exporter.dialog).toBeHidden()
  await exporter.open()
  await expect(exporter.dialog.getByLabel('Profile', { exact: true }).getByRole('option', { name: 'Water for Excel' })).toBeAttached()
})
