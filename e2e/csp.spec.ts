import { expect, test } from '@playwright/test'
import { callApi } from './pages/workspacePage'
import { startServer, tempDatabase, type ServerHandle } from './server'

let server: ServerHandle | undefined
test.afterEach(async () => {
  await server?.stop()
  server = undefined
})

/**
 * The page's Content-Security-Policy (no inline scripts, and no inline styles either) holds on
 * every screen: any style or script the app itself would need inline shows up here as a
 * violation, counted by the browser's own securitypolicyviolation events.
 */
test('no screen breaks the Content-Security-Policy', async ({ page }) => {
  server = await startServer(tempDatabase())
  await callApi(server.url, 'records:create', { fields: { title: 'Forum on inclusive integration', startDate: '2015-06-01', endDate: '2015-06-01', place: 'Lyon (France)', city: 'Lyon', country: 'France', countryCode: 'FR' } })
  await callApi(server.url, 'records:create', { fields: { title: 'Forum on inclusive integration', startDate: '2015-06-01', endDate: '2015-06-02', place: 'Lyon, France', city: 'Lyon', country: 'France', countryCode: 'FR' } })
  await page.addInitScript(() => {
    interface Violation { violatedDirective: string; sourceFile: string; lineNumber: number; sample: string }
    const g = globalThis as unknown as { cspViolations: string[]; document: { addEventListener: (type: string, listener: (event: Violation) => void) => void } }
    const seen: string[] = []
    g.cspViolations = seen
    g.document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.sourceFile}:${event.lineNumber} ${event.sample}`))
  })
  await page.goto(server.url)
  const sections = page.getByRole('navigation', { name: 'Sections' }).getByRole('button')
  await expect(sections.first()).toBeVisible()
  const count = await sections.count()
  expect(count).toBeGreaterThan(3)
  for (let i = 0; i < count; i++) {
    await sections.nth(i).click()
    await expect(sections.nth(i)).toHaveClass(/\bon\b/)
    await expect(page.locator('main.content')).not.toBeEmpty()
  }
  await page.getByRole('button', { name: /New record/ }).first().click()
  await expect(page.getByLabel('Title')).toBeVisible()
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(csp).toMatch(/style-src 'self'(;|$)/)
  expect(await page.evaluate(() => (globalThis as unknown as { cspViolations: string[] }).cspViolations)).toEqual([])
})
