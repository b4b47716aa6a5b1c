import { app, dialog, BrowserWindow } from 'electron'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Db } from './db/open'
import { openCollection } from './services/backup/openCollection'
import { dbArgument, resolveDatabasePath } from './db/location'
import { createHandlers } from './services/handlers'
import { appVersion } from './services/appVersion'
import { registerIpc } from './ipc/register'
import './ipc/saveDialog' // the export's save dialog, handed to the export service (services stay free of electron)
import { appPageUrl, createMainWindow } from './window/createWindow'
import { isAppUrl } from './window/navigation'
import { installMenu } from './window/menu'
import { latestSoundSnapshot, restoreIntoUnopenable } from './services/backup/snapshots'

// App lifecycle and wiring only; everything else lives in services that never import electron.
app.setName('Curate')
let db: Db | undefined
let mainWindow: BrowserWindow | undefined

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (e) => e.preventDefault())
  })
  void app.whenReady().then(start)
  app.on('window-all-closed', () => {
    db?.close()
    app.quit()
  })
}

/** better-sqlite3 built for Electron's ABI lives beside the app, never inside node_modules. */
function electronNativeBinding(): string | undefined {
  const file = path.join(app.getAppPath(), 'resources', 'native', `better_sqlite3-electron-${process.versions.modules}.node`)
  return fs.existsSync(file) ? file : undefined
}

/** Opens the collection; a damaged file is left untouched and the latest snapshot offered instead. */
async function openOrOfferRestore(databasePath: string): Promise<Db | undefined> {
  const nativeBinding = electronNativeBinding()
  try {
    return openCollection(databasePath, { nativeBinding })
  } catch (error) {
    const message = (error as Error).message
    const latest = latestSoundSnapshot(databasePath)
    if (!latest || /newer version/.test(message)) {
      dialog.showErrorBox('Curate cannot open its collection', message)
      return undefined
    }
    const choice = dialog.showMessageBoxSync({
      type: 'error',
      title: 'Curate cannot open its collection',
      message: 'The collection file cannot be opened.',
      detail: `${message}\n\nThe latest sound snapshot is from ${new Date(latest.createdAt).toLocaleString()}. Restoring it moves the damaged file aside (it is kept) and opens the snapshot.`,
      buttons: ['Restore the latest snapshot', 'Quit'],
      defaultId: 0,
      cancelId: 1
    })
    if (choice !== 0) return undefined
    await restoreIntoUnopenable(databasePath, latest.name)
    return openCollection(databasePath, { nativeBinding })
  }
}

async function start(): Promise<void> {
  const databasePath = resolveDatabasePath({ cliPath: dbArgument(process.argv), userDataDir: app.getPath('userData') })
  db = await openOrOfferRestore(databasePath)
  if (!db) {
    app.exit(1)
    return
  }
  const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
  const devServerUrl = process.env.ELECTRON_RENDERER_URL
  registerIpc(createHandlers({ db, databasePath, mode: 'electron', version: appVersion() }), (url) => isAppUrl(url, appPageUrl(outDir), devServerUrl))
  mainWindow = createMainWindow(outDir)
  installMenu(mainWindow)
}
