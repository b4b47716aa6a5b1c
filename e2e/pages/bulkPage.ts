import { expect, type Locator, type Page } from '@playwright/test'

/** Locators and steps for the bulk-edit dialog and the history panel. */
export class BulkPage {
  readonly openButton: Locator
  readonly dialog: Locator
  readonly summary: Locator
  readonly diff: Locator
  readonly applyButton: Locator
  readonly history: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByTestId('bulk-edit')
    this.dialog = page.getByRole('dialog', { name: 'Bulk edit' })
    this.summary = this.dialog.getByTestId('bulk-summary')
    this.diff = this.dialog.getByTestId('bulk-diff')
    this.applyButton = this.dialog.getByTestId('bulk-apply')
    this.history = page.getByTestId('history-view')
  }

  async open(): Promise<void> {
    await this.openButton.click()
    await expect(this.dialog).toBeVisible()
  }

  async applyToAllMatching(): Promise<void> {
    await this.dialog.getByRole('radio', { name: /^all \d+ matching/ }).check()
  }

  async chooseOperation(label: string): Promise<void> {
    await this.dialog.getByLabel('Change', { exact: true }).selectOption({ label })
  }

  async regexReplace(field: string, find: string, replace: string): Promise<void> {
    await this.chooseOperation('Find and replace')
    await this.dialog.getByLabel('Field', { exact: true }).selectOption({ label: field })
    await this.dialog.getByLabel('Regular expression').check()
    await this.dialog.getByLabel('Find', { exact: true }).fill(find)
    await this.dialog.getByLabel('Replace with').fill(replace)
  }

  historyRow(text: string): Locator {
    return this.history.getByRole('row').filter({ hasText: text })
  }

  async openHistory(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /History/ }).click()
    await expect(this.history).toBeVisible()
  }
}
