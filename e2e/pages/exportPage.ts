import { expect, type Download, type Locator, type Page } from '@playwright/test'

/** Locators and steps for the export dialog opened from the records header. */
export class ExportPage {
  readonly openButton: Locator
  readonly dialog: Locator
  readonly outcome: Locator

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Export…' })
    this.dialog = page.getByRole('dialog', { name: 'Export records' })
    this.outcome = this.dialog.getByTestId('export-outcome')
  }

  async open(): Promise<void> {
    await this.openButton.click()
    await expect(this.dialog).toBeVisible()
  }

  scope(label: string | RegExp): Locator {
    return this.dialog.getByRole('radio', { name: label })
  }

  scopeCount(choice: 'all' | 'search' | 'selection' | 'profile'): Locator {
    return this.dialog.getByTestId(`scope-count-${choice}`)
  }

  format(label: string): Locator {
    return this.dialog.getByRole('radio', { name: new RegExp(`^${label}\\b`) })
  }

  column(label: string): Locator {
    return this.dialog.getByRole('list', { name: 'Columns' }).getByRole('checkbox', { name: label, exact: true })
  }

  exportButton(): Locator {
    return this.dialog.getByRole('button', { name: /^Export( \d[\d,]* records?)?$/ })
  }

  /** Runs the export and saves the file the browser downloads. */
  async exportAndDownload(): Promise<Download> {
    await this.exportButton().click()
    const link = this.outcome.getByRole('link', { name: /^Download / })
    await expect(link).toBeVisible()
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()])
    return download
  }

  async saveProfile(name: string): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save as profile…' }).click()
    await this.dialog.getByLabel('Profile name').fill(name)
    await this.dialog.getByRole('button', { name: 'Save profile' }).click()
    await expect(this.dialog.getByLabel('Profile', { exact: true })).toHaveValue(/\d+/)
  }
}
