import { expect, test } from '@playwright/test'
import { ImportPage } from './pages/importPage'
import { RecordsPage } from './pages/recordsPage'
import { startServer, tempDatabase, type ServerHandle } from './server'

/** A concert hall's page: title, date, time, hall. The time lines make the reader lose the hall. */
const page = (events: string[][]): string => ['Concerts at the hall', '', ...events.flatMap((e) => [...e, ''])].join('\n')
const MAY = page([
  ['Opening night', '3 May 2021', '19:30', 'Great Hall'],
  ['Piano evening (with wine)', '10 May 2021', '20:00', 'Small Hall'],
  ['Closing night (sold out)', '24 May 2021', '20:30', 'Great Hall']
])
const JUNE = page([
  ['Summer serenade', '7 June 2021', '19:00', 'Garden Hall'],
  ['Brass band', '14 June 2021', '20:00', 'Great Hall']
])

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

test('teach a line its role, read again, undo the instruction, save a profile and read the next page with it', async ({ page: browser }) => {
  server = await startServer(tempDatabase())
  const records = new RecordsPage(browser)
  const importer = new ImportPage(browser)
  await records.open(server.url)
  await importer.open()
  await importer.pasteAndPreview(MAY)
  await expect(importer.field('Place as written', 3)).not.toHaveValue('Great Hall')

  // Teach: the time lines are to be ignored; the whole page is read again.
  await importer.teachPanel.locator('summary').click()
  await importer.lineRole(5).selectOption('ignore')
  await expect(importer.changed).toContainText('3 records read differently')
  await expect(importer.field('Place as written', 3)).toHaveValue('Great Hall')
  await expect(importer.field('Place as written', 8)).toHaveValue('Small Hall')
  await expect(importer.instructions).toContainText("lines shaped '9:9': ignored")
  // For the README (SCREENSHOTS=docs/screenshots): the panel open after one instruction.
  if (process.env.SCREENSHOTS) await browser.screenshot({ path: `${process.env.SCREENSHOTS}/teach-reading.png` })

  // Undo steps back through the instructions.
  await importer.teachUndo.click()
  await expect(importer.field('Place as written', 3)).not.toHaveValue('Great Hall')
  await expect(importer.instructions).toContainText('No instructions')
  await importer.lineRole(5).selectOption('ignore')
  await expect(importer.field('Place as written', 3)).toHaveValue('Great Hall')

  // Two titles cut before a bracket by hand: the preview offers to do it for the whole page.
  await importer.correct('Title', 8, 'Piano evening')
  await importer.correct('Title', 13, 'Closing night')
  await expect(importer.offer).toContainText('You cut 2 titles before a bracket')
  await importer.offer.getByRole('button', { name: 'Do it for the whole page' }).click()
  await expect(importer.instructions).toContainText('titles end before a bracket')

  await browser.getByRole('textbox', { name: 'Profile name' }).fill('Concert hall')
  await importer.saveProfile.click()
  await expect(browser.getByRole('status').filter({ hasText: "Saved the reading profile 'Concert hall' (2 instructions)" })).toBeVisible()
  await importer.commitButton.click()
  await expect(importer.done).toContainText('Imported 3 records')

  // The next month's page matches the profile by its shape and is read with it.
  await importer.pasteAndPreview(JUNE)
  await expect(importer.profileNotice).toContainText('Read as ‘Concert hall’, from 1 earlier import.')
  await expect(importer.field('Place as written', 3)).toHaveValue('Garden Hall')
  await expect(importer.field('Place as written', 8)).toHaveValue('Great Hall')
  await browser.screenshot({ path: test.info().outputPath('teach.png') })
  // One click reads it without the profile.
  await browser.getByTestId('read-without-profile').click()
  await expect(importer.profileNotice).toContainText('Read without a profile')
  await expect(importer.field('Place as written', 3)).not.toHaveValue('Garden Hall')

  // The saved profiles: renamed, deleted, and the deletion undone from its notice.
  await importer.teachPanel.locator('summary').click()
  const saved = browser.getByTestId('saved-profiles')
  await saved.getByRole('textbox', { name: 'Name of profile Concert hall' }).fill('Hall programme')
  await saved.getByRole('button', { name: 'Rename' }).click()
  await expect(browser.getByRole('status').filter({ hasText: "Renamed the reading profile 'Concert hall' to 'Hall programme'" })).toBeVisible()
  await saved.getByRole('button', { name: 'Delete profile Hall programme' }).click()
  await expect(saved).toBeHidden()
  await browser.getByRole('status').filter({ hasText: "Deleted the reading profile 'Hall programme'" }).getByRole('button', { name: 'Undo' }).click()
  await expect(saved.getByRole('textbox', { name: 'Name of profile Hall programme' })).toBeVisible()
  await saved.getByRole('button', { name: 'Read with it' }).click()
  await expect(importer.field('Place as written', 3)).toHaveValue('Garden Hall')
})
