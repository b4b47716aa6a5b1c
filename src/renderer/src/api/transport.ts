import type { Envelope } from '../../../shared/errors'

/** Carries one call to main and back: IPC in Electron, HTTP in browser mode. */
export type Transport = (method: string, functionName: string, args: unknown) => Promise<Envelope<unknown>>

export function ipcTransport(bridge: Record<string, (args: unknown) => Promise<Envelope<unknown>>>): Transport {
  return (_method, functionName, args) => {
    const call = bridge[functionName]
    if (!call) return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_METHOD', message: `the app does not offer ${functionName}` } })
    return call(args)
  }
}

const TOKEN_KEY = 'curate.token'

/** Takes the token from the address the server printed, then hides it from the address bar. */
export function browserToken(): string {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    window.history.replaceState(null, '', url.toString())
    return fromUrl
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? ''
}

export function httpTransport(token: string): Transport {
  return async (method, _functionName, args) => {
    let response: Response
    try {
      response = await fetch(`api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-curate-token': token },
        body: args === undefined ? '' : JSON.stringify(args)
      })
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'the Curate server is not answering; is `npm run serve` still running?' } }
    }
    try {
      return (await response.json()) as Envelope<unknown>
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `the server answered ${response.status} without a result` } }
    }
  }
}
