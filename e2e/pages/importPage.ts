import { expect, type Locator, type Page } from '@playwright/test'

/** Locators and steps for the import view, so specs read as what an archivist does. */
export class ImportPage {
  readonly text: Locator
  readonly previewButton: Locator
  readonly fileInput: Locator
  readonly table: Locator
  readonly facts: Locator
  readonly commitButton: Locator
  readonly done: Locator
  readonly error: Locator
  readonly teachPanel: Locator
  readonly changed: Locator
  readonly instructions: Locator
  readonly teachUndo: Locator
  readonly offer: Locator
  readonly saveProfile: Locator
  readonly profileNotice: Locator

  constructor(readonly page: Page) {
    this.text = page.getByTestId('import-text')
    this.previewButton = page.getByTestId('import-preview')
    this.fileInput = page.getByTestId('import-file')
    this.table = page.getByTestId('preview-table')
    this.facts = page.getByTestId('import-facts')
    this.commitButton = page.getByTestId('import-commit')
    this.done = page.getByTestId('import-done')
    this.error = page.getByTestId('import-error')
    this.teachPanel = page.getByTestId('teach-panel')
    this.changed = page.getByTestId('teach-changed')
    this.instructions = page.getByTestId('teach-instructions')
    this.teachUndo = page.getByTestId('teach-undo')
    this.offer = page.getByTestId('teach-offer')
    this.saveProfile = page.getByTestId('save-profile')
    this.profileNotice = page.getByTestId('profile-notice')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: /^Import/ }).click()
    await expect(this.text).toBeVisible()
  }

  async pasteAndPreview(text: string): Promise<void> {
    await this.text.fill(text)
    await this.previewButton.click()
    await expect(this.table).toBeVisible()
  }

  /** The role chooser of one line of the page, in the Teach the reader panel. */
  lineRole(line: number): Locator {
    return this.teachPanel.getByRole('combobox', { name: `Role of line ${line}`, exact: true })
  }

  /** The inline editor of one field of the record that starts on `line` of the source. */
  field(label: 'Title' | 'Start' | 'End' | 'Place as written' | 'City' | 'Country' | 'Code', line: number): Locator {
    return this.table.getByRole('textbox', { name: `${label}, line ${line}`, exact: true })
  }

  async correct(label: Parameters<ImportPage['field']>[0], line: number, value: string): Promise<void> {
    const input = this.field(label, line)
    await input.fill(value)
    await input.press('Enter')
    await expect(input).toHaveValue(value)
  }
}
