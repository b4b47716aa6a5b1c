import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import path from 'node:path'
import { CONTENT_SECURITY_POLICY, secureWebPreferences } from './webPreferences'
import { externalUrl, isAppUrl } from './navigation'

describe('window hardening', () => {
  it('isolates the renderer: context isolation, sandbox, no node', () => {
    const prefs = secureWebPreferences('/app/out/preload/index.cjs')
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false })
  })

  it('has a CSP without inline or eval scripts, in the headers and in the page', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline/)
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self';")
    const html = fs.readFileSync(path.resolve(import.meta.dirname, '../../renderer/index.html'), 'utf8')
    expect(html).toMatch(/Content-Security-Policy/)
    expect(html).not.toMatch(/unsafe-eval|unsafe-inline/)
  })

  it('allows navigation only to the app page', () => {
    const page = 'file:///opt/curate/out/renderer/index.html'
    expect(isAppUrl(page, page, undefined)).toBe(true)
    expect(isAppUrl(`${page}#/records`, page, undefined)).toBe(true)
    expect(isAppUrl('file:///etc/passwd', page, undefined)).toBe(false)
    expect(isAppUrl('https://example.org/', page, undefined)).toBe(false)
    expect(isAppUrl('http://localhost:5173/x', page, 'http://localhost:5173/')).toBe(true)
    // The dev server's origin exactly: not a longer host that starts the same, not another port.
    expect(isAppUrl('http://localhost:5173.evil.example/', page, 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('http://localhost:51730/', page, 'http://localhost:5173')).toBe(false)
    expect(isAppUrl('https://localhost:5173/', page, 'http://localhost:5173')).toBe(false)
  })

  it('opens only http(s) links externally', () => {
    expect(externalUrl('https://www.coe.int/en/web/interculturalcities')).toBe('https://www.coe.int/en/web/interculturalcities')
    for (const bad of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url', 'data:text/html,<b>x</b>']) {
      expect(externalUrl(bad)).toBeNull()
    }
  })

  it('the preload exposes one function per contract method and no raw ipcRenderer', async () => {
    const source = fs.readFileSync(path.resolve(import.meta.dirname, '../../preload/index.ts'), 'utf8')
    expect(source).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\b/)
    expect(source).toMatch(/METHOD_NAMES\.map/)
    const { METHOD_NAMES } = await import('../../shared/methods')
    const { contract } = await import('../../shared/contract')
    expect([...METHOD_NAMES].sort()).toEqual(Object.keys(contract).sort())
  })
})
