import { expect, type Locator, type Page } from '@playwright/test'
import { RecordsPage } from './recordsPage'

/** The records workspace beyond the grid: facets, filter chips, the date reading, history, the overview. */
export class WorkspacePage extends RecordsPage {
  readonly facets: Locator
  readonly chips: Locator

  constructor(page: Page) {
    super(page)
    this.facets = page.getByTestId('facets')
    this.chips = page.getByTestId('filter-chips')
  }

  facet(name: string): Locator {
    return this.facets.getByRole('region', { name })
  }

  /** Ticks (or unticks) a value in a facet list. */
  async toggleFacet(facet: string, value: string): Promise<void> {
    await this.facet(facet).getByRole('checkbox', { name: new RegExp(value) }).click()
  }

  async yearRange(from: number, to: number): Promise<void> {
    const year = this.facet('Year')
    await year.getByLabel('From year').fill(String(from))
    await year.getByLabel('To year').fill(String(to))
    await year.getByRole('button', { name: 'Apply' }).click()
  }

  async removeChip(label: string): Promise<void> {
    await this.chips.getByRole('button', { name: `Remove filter ${label}` }).click()
  }

  get dateReading(): Locator {
    return this.form.getByTestId('date-reading')
  }

  tab(name: 'Details' | 'History'): Locator {
    return this.form.getByRole('tab', { name })
  }

  get history(): Locator {
    return this.form.getByRole('list', { name: 'History of this record' })
  }

  async section(name: RegExp): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name }).click()
  }

  async expectCount(text: string | RegExp): Promise<void> {
    await expect(this.matchCount).toHaveText(text)
  }
}

/** Calls the browser-mode API directly, as a script would, to seed records quickly. */
export async function callApi<T>(serverUrl: string, method: string, args: unknown): Promise<T> {
  const url = new URL(serverUrl)
  const token = url.searchParams.get('token') ?? ''
  const response = await fetch(new URL(`/api/${method}`, url.origin), {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-curate-token': token },
    body: JSON.stringify(args)
  })
  const answer = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } }
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`)
  return answer.value
}
