import { _electron as electron, expect, test } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'
import { tempDatabase } from './server'

const ROOT = path.resolve(import.meta.dirname, '..')

/** Reads node_modules/electron/path.txt instead of require('electron'), which would try to download. */
function electronBinary(): string | null {
  const dir = path.join(ROOT, 'node_modules', 'electron')
  const pathFile = path.join(dir, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const binary = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  return fs.existsSync(binary) ? binary : null
}

const binary = electronBinary()
const abi = fs.readFileSync(path.join(ROOT, 'node_modules', 'electron', 'abi_version'), 'utf8').trim()
const binding = path.join(ROOT, 'resources', 'native', `better_sqlite3-electron-${abi}.node`)
const built = fs.existsSync(path.join(ROOT, 'out', 'main', 'index.js'))

test.describe('desktop app (Electron)', () => {
  test.skip(!binary, 'No Electron binary on this machine (Electron 42+ fetches it on first launch, and this machine is offline). Run `npm start` where the network is available.')
  test.skip(!fs.existsSync(binding), `No better-sqlite3 binary for Electron's ABI ${abi} at resources/native (\`npm start\` prepares it where the network is available).`)
  test.skip(!built, 'The app is not built (run `npm run build`).')

  test('opens a hardened window on its own collection and creates a record', async () => {
    const app = await electron.launch({ executablePath: binary!, args: [ROOT, '--db', tempDatabase()] })
    const page = await app.firstWindow()
    // Sandboxed, context-isolated renderer: no require, no process, only the typed bridge.
    const exposed = await page.evaluate(() => {
      const g = globalThis as unknown as { require?: unknown; process?: unknown; curate?: { api: Record<string, unknown> }; open: (u: string) => unknown }
      return { require: typeof g.require, process: typeof g.process, api: Object.values(g.curate?.api ?? {}).every((f) => typeof f === 'function'), opened: g.open('https://example.org') === null }
    })
    expect(exposed).toEqual({ require: 'undefined', process: 'undefined', api: true, opened: true })
    await page.getByRole('button', { name: /New record/ }).first().click()
    await page.getByLabel('Title').fill('Created in Electron')
    await page.getByRole('button', { name: /^Save/ }).click()
    await expect(page.getByTestId('records-grid')).toContainText('Created in Electron')
    await app.close()
  })
})
