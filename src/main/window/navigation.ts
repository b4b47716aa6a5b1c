/** Pure rules for where the window may go; kept free of electron so they are unit-tested under Node. */

/** True for the app's own page: the packaged renderer file, or the dev server in development. */
export function isAppUrl(url: string, appPageUrl: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true
  return url.split(/[?#]/)[0] === appPageUrl
}

/** The only links that may leave the app: http and https, to the system browser. */
export function externalUrl(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null
}
