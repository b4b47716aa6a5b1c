import { BrowserWindow, session } from 'electron'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { hardenContents } from './security'
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from './webPreferences'

export function appPageUrl(outDir: string): string {
  return pathToFileURL(path.join(outDir, 'renderer', 'index.html')).href
}

export function createMainWindow(outDir: string): BrowserWindow {
  const devServerUrl = process.env.ELECTRON_RENDERER_URL
  const window = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Curate',
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(path.join(outDir, 'preload', 'index.cjs'))
  })
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  // The app needs no permission (camera, notifications, geolocation...): refuse every request and every check.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  hardenContents(window.webContents, appPageUrl(outDir), devServerUrl)
  window.once('ready-to-show', () => window.show())
  if (devServerUrl) void window.loadURL(devServerUrl)
  else void window.loadFile(path.join(outDir, 'renderer', 'index.html'))
  return window
}
