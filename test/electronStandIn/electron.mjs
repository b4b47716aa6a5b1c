// A STAND-IN for the `electron` module, NOT Electron: it records what the built main process
// asks of Electron (IPC channels, window options, pages loaded, app events) so a test can load
// out/main/index.js under plain Node where no Electron binary exists. The real Electron spec
// (e2e/electron.spec.ts) still runs wherever a binary does.
import { EventEmitter } from 'node:events'

export const record = {
  handlers: new Map(),
  windows: [],
  appEvents: [],
  menus: 0,
  permissionRequestHandler: null,
  permissionCheckHandler: null,
  openedExternally: [],
  errors: []
}

const settings = { userData: '', appPath: '', documents: '' }
/** Set by the harness before the main bundle is loaded. */
export function configure(values) {
  Object.assign(settings, values)
}

let markReady
const ready = new Promise((resolve) => (markReady = resolve))
export function fireReady() {
  markReady()
}

class StandInApp extends EventEmitter {
  setName(name) {
    this.name = name
  }
  getName() {
    return this.name
  }
  requestSingleInstanceLock() {
    return true
  }
  whenReady() {
    return ready
  }
  getPath(which) {
    if (which === 'userData') return settings.userData
    return settings.documents
  }
  getAppPath() {
    return settings.appPath
  }
  getVersion() {
    return '0.0.0-stand-in'
  }
  on(event, listener) {
    record.appEvents.push(event)
    return super.on(event, listener)
  }
  quit() {
    record.quit = true
  }
  exit(code) {
    record.exitCode = code
  }
}
export const app = new StandInApp()

class StandInWebContents extends EventEmitter {
  constructor() {
    super()
    this.mainFrame = { url: '' }
    this.windowOpenHandler = null
    this.sent = []
  }
  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler
  }
  send(channel, ...args) {
    this.sent.push([channel, ...args])
  }
}

export class BrowserWindow extends EventEmitter {
  static windows = []
  static getAllWindows() {
    return BrowserWindow.windows
  }
  static getFocusedWindow() {
    return BrowserWindow.windows[0] ?? null
  }
  constructor(options) {
    super()
    this.options = options
    this.webContents = new StandInWebContents()
    this.loaded = null
    BrowserWindow.windows.push(this)
    record.windows.push(this)
  }
  loadFile(file) {
    this.loaded = { file }
    this.webContents.mainFrame.url = new URL(`file://${file}`).href
    return Promise.resolve()
  }
  loadURL(url) {
    this.loaded = { url }
    this.webContents.mainFrame.url = url
    return Promise.resolve()
  }
  show() {}
  focus() {}
  isMinimized() {
    return false
  }
  restore() {}
}

export const ipcMain = {
  handle(channel, handler) {
    if (record.handlers.has(channel)) record.errors.push(`channel registered twice: ${channel}`)
    record.handlers.set(channel, handler)
  },
  on() {}
}

export const dialog = {
  showErrorBox(title, message) {
    record.errors.push(`${title}: ${message}`)
  },
  showMessageBoxSync() {
    return 1
  },
  showSaveDialog() {
    return Promise.resolve({ canceled: true })
  },
  showOpenDialog() {
    return Promise.resolve({ canceled: true, filePaths: [] })
  }
}

export const shell = {
  openExternal(url) {
    record.openedExternally.push(url)
    return Promise.resolve()
  }
}

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived() {} },
    setPermissionRequestHandler(handler) {
      record.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      record.permissionCheckHandler = handler
    }
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu() {
    record.menus++
  }
}

export default { app, BrowserWindow, ipcMain, dialog, shell, session, Menu }
