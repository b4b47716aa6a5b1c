/**
 * Smoke test of the BUILT desktop app: `electron-vite build`, then out/main/index.js loaded under
 * plain Node with a STAND-IN `electron` module (test/electronStandIn/, which records what the
 * main process asks of Electron; it is not Electron), and out/preload/index.cjs run in a vm
 * sandbox. Nothing here can launch Electron itself (no binary on these machines); the real
 * Electron spec, e2e/electron.spec.ts, still runs wherever a binary exists. What this catches is
 * what unit tests of the sources cannot: a bundle that does not load (a JSON import Node's ESM
 * loader refuses, a CommonJS-only named import), handlers missing from the wiring, and the
 * window's security settings as actually built.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHOD_NAMES } from '../shared/methods'
// @ts-expect-error plain JavaScript helper, typed by its use here
import { loadPreload } from '../../test/electronStandIn/loadPreload.mjs'

const ROOT = path.resolve(import.meta.dirname, '..', '..')
const OUT = path.join(ROOT, 'out')
const STAND_IN = path.join(ROOT, 'test', 'electronStandIn')

interface CallResult {
  ok: boolean
  value?: unknown
  error?: { code: string; message: string }
}
interface MainReport {
  loadError: string | null
  channels: string[]
  windows: { options: { webPreferences: Record<string, unknown> }; loaded: { file?: string; url?: string } | null; hasWindowOpenHandler: boolean; navigationGuards: number }[]
  calls: Record<string, CallResult>
  errors: string[]
  appEvents: string[]
  exitCode: number | null
  nativeModules: string[] | null
  navigationPrevented: Record<string, boolean>
  windowOpen: { action: string }
  permissionRequest: unknown
  permissionCheck: unknown
  openedExternally: string[]
}

let scratch = ''
let report: MainReport

function build(): void {
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`electron-vite build failed:\n${result.stdout}\n${result.stderr}`)
}

beforeAll(() => {
  build()
  scratch = mkdtempSync(path.join(tmpdir(), 'curate-built-main-'))
  const userData = path.join(scratch, 'userData')
  const appPath = path.join(scratch, 'app')
  mkdirSync(userData)
  // The app path holds Node's own better-sqlite3 binary under the Electron-ABI file name, so the
  // main process takes its Electron driver path (the ABI is Node's here: this is Node).
  const native = path.join(appPath, 'resources', 'native')
  mkdirSync(native, { recursive: true })
  copyFileSync(path.join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), path.join(native, `better_sqlite3-electron-${process.versions.modules}.node`))
  const run = spawnSync(process.execPath, [path.join(STAND_IN, 'runMain.mjs'), path.join(OUT, 'main', 'index.js'), userData, appPath], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 })
  const lastLine = run.stdout.trim().split('\n').pop() ?? ''
  if (run.status !== 0 || lastLine === '') throw new Error(`the built main process did not report:\n${run.stdout}\n${run.stderr}`)
  report = JSON.parse(lastLine) as MainReport
}, 240_000)

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true })
})

describe('the built main process (out/main/index.js, under Node with an electron stand-in)', () => {
  it('loads without error and opens its window', () => {
    expect(report.loadError).toBeNull()
    expect(report.errors).toEqual([])
    expect(report.exitCode).toBeNull()
    expect(report.windows).toHaveLength(1)
  })

  it('registers one IPC handler for every contract method, and nothing else', () => {
    expect([...report.channels].sort()).toEqual([...METHOD_NAMES].sort())
  })

  it('creates the window with the secure web preferences and loads the built renderer', () => {
    const [window] = report.windows
    const prefs = window!.options.webPreferences
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, webSecurity: true, webviewTag: false })
    expect(prefs.preload).toBe(path.join(OUT, 'preload', 'index.cjs'))
    expect(existsSync(prefs.preload as string)).toBe(true)
    expect(window!.loaded).toEqual({ file: path.join(OUT, 'renderer', 'index.html') })
    expect(existsSync(path.join(OUT, 'renderer', 'index.html'))).toBe(true)
    expect(window!.hasWindowOpenHandler).toBe(true)
    expect(window!.navigationGuards).toBeGreaterThan(0)
  })

  it('creates the collection in the user data folder, through the Electron-ABI driver file', () => {
    expect(existsSync(path.join(scratch, 'userData', 'collection.sqlite'))).toBe(true)
    const info = report.calls.info as CallResult
    expect(info.ok).toBe(true)
    expect(info.value).toMatchObject({ name: 'Curate', mode: 'electron', databasePath: path.join(scratch, 'userData', 'collection.sqlite') })
    if (report.nativeModules !== null) {
      expect(report.nativeModules.some((file) => file.includes(`better_sqlite3-electron-${process.versions.modules}.node`))).toBe(true)
    }
  })

  it('answers handler calls with the contract shapes, validates arguments and refuses foreign senders', () => {
    expect(report.calls.query).toEqual({ ok: true, value: { rows: [], total: 0, offset: 0 } })
    expect(report.calls.create).toMatchObject({ ok: true, value: { title: 'Smoke test meeting', startDate: '2019-05-01' } })
    expect(report.calls.queryAfter).toMatchObject({ ok: true, value: { total: 1, rows: [{ title: 'Smoke test meeting' }] } })
    expect(report.calls.badArgs).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(report.calls.foreignSender).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('parses a large listing in its worker thread, built as out/main/parseWorker.js', () => {
    expect(existsSync(path.join(OUT, 'main', 'parseWorker.js'))).toBe(true)
    expect(report.calls.bigPreview).toEqual({ ok: true, state: 'done', records: 6000, error: null })
  })
})

describe('the built main process keeps the page in its place', () => {
  it('blocks navigation away from the app and window.open, opening nothing in the system browser', () => {
    const entries = Object.entries(report.navigationPrevented)
    expect(entries).toHaveLength(3)
    for (const [url, prevented] of entries) expect(prevented).toBe(!url.includes('#/records'))
    expect(report.windowOpen).toEqual({ action: 'deny' })
    expect(report.openedExternally).toEqual([])
  })

  it('refuses every permission request and check', () => {
    expect(report.permissionRequest).toBe(false)
    expect(report.permissionCheck).toBe(false)
  })
})

describe('the built preload (out/preload/index.cjs, in a vm sandbox with a contextBridge stand-in)', () => {
  it('requires nothing but electron and exposes one function per contract method, each on its own channel', async () => {
    const { required, exposed, invoked } = loadPreload(path.join(OUT, 'preload', 'index.cjs')) as {
      required: string[]
      exposed: { curate?: { api: Record<string, (args: unknown) => Promise<unknown>>; menu: { onCommand: unknown } } }
      invoked: [string, unknown][]
    }
    expect(new Set(required)).toEqual(new Set(['electron']))
    const api = exposed.curate!.api
    expect(Object.keys(api)).toHaveLength(METHOD_NAMES.length)
    for (const fn of Object.values(api)) expect(typeof fn).toBe('function')
    for (const fn of Object.values(api)) await fn({ probe: true })
    expect(invoked.map(([channel]) => channel).sort()).toEqual([...METHOD_NAMES].sort())
    expect(typeof exposed.curate!.menu.onCommand).toBe('function')
  })
})
