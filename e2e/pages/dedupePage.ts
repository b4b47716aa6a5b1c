import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { ICC_EXPECTED } from '../../test/fixtures'

const FIXTURE = ICC_EXPECTED

interface FixtureRecord {
  title: string
  titleContinuation?: string
  dateText: string
  startDate: string
  endDate: string
  place: string | null
  city: string | null
  country: string | null
  countryCode: string | null
  notes: string | null
}

/** The fixture's 73 events as records:create fields, in listing order. */
export function fixtureRecords(): Record<string, unknown>[] {
  const { records } = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { records: FixtureRecord[] }
  return records.map((r) => ({
    title: r.titleContinuation ? `${r.title} ${r.titleContinuation}` : r.title,
    dateText: r.dateText,
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    city: r.city,
    country: r.country,
    countryCode: r.countryCode,
    notes: r.notes
  }))
}

/** Calls the browser-mode API directly, as the renderer does, to seed a collection. */
export async function callApi(request: APIRequestContext, serverUrl: string, method: string, args: unknown): Promise<unknown> {
  const url = new URL(serverUrl)
  const response = await request.post(`${url.origin}/api/${method}`, {
    headers: { 'x-curate-token': url.searchParams.get('token') ?? '', 'content-type': 'application/json' },
    data: args
  })
  const body = (await response.json()) as { ok: boolean; value?: unknown; error?: { message: string } }
  if (!body.ok) throw new Error(`${method}: ${body.error?.message}`)
  return body.value
}

/** Locators and steps for the duplicate review and value cleaning, as an archivist uses them. */
export class DedupePage {
  readonly queue: Locator
  readonly summary: Locator
  readonly scanButton: Locator
  readonly compare: Locator
  readonly mergeButton: Locator
  readonly notDuplicatesButton: Locator
  readonly undoButton: Locator
  readonly notices: Locator

  constructor(readonly page: Page) {
    this.queue = page.getByTestId('duplicate-queue')
    this.summary = page.getByTestId('scan-summary')
    this.scanButton = page.getByTestId('scan')
    this.compare = page.getByRole('region', { name: 'Compare records' })
    this.mergeButton = page.getByTestId('merge')
    this.notDuplicatesButton = page.getByTestId('not-duplicates')
    this.undoButton = page.getByTestId('undo')
    this.notices = page.locator('.notices')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Duplicates/ }).click()
    await expect(this.page.getByRole('heading', { name: 'Duplicates' })).toBeVisible()
  }

  async openCleanValues(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Clean values/ }).click()
    await expect(this.page.getByRole('heading', { name: 'Clean values' })).toBeVisible()
  }

  async scan(): Promise<void> {
    await this.scanButton.click()
    await expect(this.notices).toContainText('Scan finished')
  }

  item(text: string): Locator {
    return this.queue.getByRole('option').filter({ hasText: text })
  }

  /** The radio choosing one record's value for a field, e.g. ('Title', 74). */
  pick(field: string, recordId: number): Locator {
    return this.compare.getByRole('radio', { name: `${field} from #${recordId}` })
  }

  fieldRow(key: string): Locator {
    return this.compare.locator(`tr[data-field="${key}"]`)
  }
}
