import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { ImportPage } from './pages/importPage'
import { RecordsPage } from './pages/recordsPage'
import { startServer, tempDatabase, type ServerHandle } from './server'
import { ICC_TEXT } from '../test/fixtures'

const FIXTURE = readFileSync(ICC_TEXT, 'utf8')

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

test('paste the fixture, correct a field in the preview, import 73 records, then undo the import', async ({ page }) => {
  server = await startServer(tempDatabase())
  const records = new RecordsPage(page)
  const importer = new ImportPage(page)
  await records.open(server.url)
  await importer.open()

  await importer.pasteAndPreview(FIXTURE)
  await expect(importer.facts).toContainText('73 records')
  await expect(page.getByTestId('skipped-lines')).toContainText('1 line not read as events')
  await expect(importer.field('Title', 4)).toHaveValue('Unlocking the potential of refugees and asylum seekers: intercultural approaches to integration')

  await importer.correct('Title', 4, 'Unlocking the potential of refugees')
  await importer.correct('City', 11, 'Berlin')
  await expect(importer.commitButton).toHaveText('Import 73 records')
  await importer.commitButton.click()
  await expect(importer.done).toContainText('Imported 73 records from pasted text (1 line skipped, 12 warnings)')

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Records/ }).click()
  await expect(records.matchCount).toHaveText('73 records')
  await expect(records.row('Unlocking the potential of refugees')).toContainText('Neuchâtel')
  await expect(records.row('Study visit on refugee welcome')).toContainText('Berlin')

  await records.undoButton.click()
  await expect(records.matchCount).toHaveText('0 records')
  await expect(page.getByTestId('empty-state')).toContainText('Start by importing your listings')
})

test('a listing without dates says why and writes nothing; a CSV column mapping re-reads at once', async ({ page }) => {
  server = await startServer(tempDatabase())
  const records = new RecordsPage(page)
  const importer = new ImportPage(page)
  await records.open(server.url)
  await importer.open()

  await importer.text.fill('Our archive\nA list of things\n')
  await importer.previewButton.click()
  await expect(importer.error).toContainText('No events found: none of the 2 lines has a date')

  await importer.fileInput.setInputFiles({
    name: 'events.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Event,When,Where,Remarks\nAnnual meeting,12 May 2010,"Paris, France",first\nStudy day,3 June 2011,Gent,second\n')
  })
  await expect(importer.facts).toContainText('events.csv · CSV / TSV · 2 records')
  await expect(importer.field('Title', 2)).toHaveValue('Annual meeting')
  await page.getByLabel('Field for column Remarks').selectOption('title')
  await page.getByLabel('Field for column Event').selectOption('notes')
  await expect(importer.field('Title', 2)).toHaveValue('first')
  await importer.page.getByRole('button', { name: 'Start over' }).click()
  await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Records/ })).toContainText('0')
})
