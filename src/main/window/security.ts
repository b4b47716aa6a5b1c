import { shell, type WebContents } from 'electron'
import { externalUrl, isAppUrl } from './navigation'

/** The one way out of the app to the web: http(s) links open in the user's browser, nothing else. */
export function safeOpenExternal(url: string): boolean {
  const safe = externalUrl(url)
  if (!safe) return false
  void shell.openExternal(safe)
  return true
}

/** No navigation away from the app, no new windows, no webviews; links go to the system browser. */
export function hardenContents(contents: WebContents, appPageUrl: string, devServerUrl: string | undefined): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appPageUrl, devServerUrl)) {
      event.preventDefault()
      safeOpenExternal(url)
    }
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appPageUrl, devServerUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    safeOpenExternal(url)
    return { action: 'deny' }
  })
}
