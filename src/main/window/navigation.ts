/** Pure rules for where the window may go; kept free of electron so they are unit-tested under Node. */

/** True for the app's own page: the packaged renderer file, or the dev server in development. */
export function isAppUrl(url: string, appPageUrl: string, devServerUrl: string | undefined): boolean {
  if (devServerUrl && sameOrigin(url, devServerUrl)) return true
  return url.split(/[?#]/)[0] === appPageUrl
}

/** Scheme, host and port all equal: a prefix test would let `http://localhost:5173.evil.example` through. */
function sameOrigin(url: string, other: string): boolean {
  try {
    const a = new URL(url)
    const b = new URL(other)
    return a.protocol === b.protocol && a.host === b.host && a.origin !== 'null'
  } catch {
    return false
  }
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
