import { shell, type WebContents } from 'electron'
import { externalUrl, isAppUrl } from './navigation'

/** The one way out of the app to the web: http(s) links open in the user's browser, nothing else. */
export function safeOpenExternal(url: string): boolean {
  const safe = externalUrl(url)
  if (!safe) return false
  void shell.openExternal(safe)
  return true
}

/**
 * No navigation away from the app, no new windows, no webviews. A blocked navigation or
 * window.open opens nothing by itself: main cannot tell a user's click from a script's, and
 * the page has no links to the web; safeOpenExternal is for actions the user chose in main
 * (a menu item), never for what the page asks.
 */
export function hardenContents(contents: WebContents, appPageUrl: string, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appPageUrl, devServerUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appPageUrl, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}
