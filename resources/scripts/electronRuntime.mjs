// Finds what the desktop app needs at run time without require('electron'),
// which would try to download the binary as a side effect.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const ELECTRON_DIR = path.join(ROOT, 'node_modules', 'electron')

/** The Electron executable when it is installed, else null. */
export function electronBinary() {
  const pathFile = path.join(ELECTRON_DIR, 'path.txt')
  if (!fs.existsSync(pathFile)) return null
  const binary = path.join(ELECTRON_DIR, 'dist', fs.readFileSync(pathFile, 'utf8').trim())
  return fs.existsSync(binary) ? binary : null
}

export function electronVersion() {
  return JSON.parse(fs.readFileSync(path.join(ELECTRON_DIR, 'package.json'), 'utf8')).version
}

/** Electron's Node ABI (process.versions.modules inside Electron). */
export function electronAbi() {
  return fs.readFileSync(path.join(ELECTRON_DIR, 'abi_version'), 'utf8').trim()
}

/** better-sqlite3 built for Electron's ABI; kept out of node_modules so Node's copy keeps working for tests and the CLI. */
export function nativeBindingPath() {
  return path.join(ROOT, 'resources', 'native', `better_sqlite3-electron-${electronAbi()}.node`)
}
