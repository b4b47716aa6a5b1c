import { app, BrowserWindow, dialog, type SaveDialogOptions } from 'electron'
import path from 'node:path'
import type { ExportFormatId } from '../../shared/contracts/export'
import { provideSavePathChooser } from '../services/export/saveDestination'

const FILTERS: Record<ExportFormatId, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV for spreadsheets', extensions: ['csv'] },
  json: { name: 'JSON (Curate records)', extensions: ['json'] },
  jsonld: { name: 'JSON-LD (schema.org events)', extensions: ['jsonld', 'json'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
  sqlite: { name: 'SQLite database', extensions: ['sqlite', 'db'] }
}

/*
 * The export's save dialog, handed to the export service (which never imports electron).
 * Imported once from src/main/index.ts for this side effect. The service writes only to the
 * path chosen here, so the page can never make the app write anywhere else.
 */
provideSavePathChooser(async ({ format, suggestedName }) => {
  const options: SaveDialogOptions = {
    title: 'Export records',
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [FILTERS[format]],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
  const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
})
