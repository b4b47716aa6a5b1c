import { expect, type Locator, type Page } from '@playwright/test'

/** Locators and steps for the records workspace, so specs read as what an archivist does. */
export class RecordsPage {
  readonly grid: Locator
  readonly matchCount: Locator
  readonly form: Locator
  readonly undoButton: Locator
  readonly redoButton: Locator

  constructor(readonly page: Page) {
    this.grid = page.getByTestId('records-grid')
    this.matchCount = page.getByTestId('match-count')
    this.form = page.getByRole('form', { name: 'Record' })
    this.undoButton = page.getByTestId('undo')
    this.redoButton = page.getByTestId('redo')
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await expect(this.matchCount).toBeVisible()
  }

  row(text: string): Locator {
    return this.grid.getByRole('row').filter({ hasText: text })
  }

  field(label: string): Locator {
    return this.form.getByLabel(label, { exact: false }).first()
  }

  async newRecord(): Promise<void> {
    await this.page.getByRole('button', { name: /New record/ }).first().click()
    await expect(this.form).toBeVisible()
  }

  async save(): Promise<void> {
    await this.form.getByRole('button', { name: /^Save/ }).click()
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: 'Search records' }).fill(text)
    await this.page.getByRole('searchbox', { name: 'Search records' }).press('Enter')
  }
}
