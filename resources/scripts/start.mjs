#!/usr/bin/env node
// `npm start`: builds and runs the desktop app. Where no Electron runtime can be had (no
// network to fetch it), it says so plainly and points to browser mode instead.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ROOT, electronBinary, electronVersion, nativeBindingPath } from './electronRuntime.mjs'

const say = (text) => process.stdout.write(`${text}\n`)
const quiet = { cwd: ROOT, encoding: 'utf8', timeout: 180_000 }

function explainAndExit(what) {
  say('')
  say(`Curate cannot start its desktop window: ${what}`)
  say('This usually means the machine is offline; the app itself is installed and its data is safe.')
  say('')
  say('Work in your browser instead, on the same collection:')
  say('  npm run serve')
  say('')
  process.exit(1)
}

function ensureElectron() {
  let binary = electronBinary()
  if (binary) return binary
  say(`Fetching the Electron ${electronVersion()} runtime (first start only)…`)
  spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron', 'install.js')], quiet)
  binary = electronBinary()
  if (!binary) explainAndExit(`the Electron ${electronVersion()} runtime is not installed and could not be downloaded.`)
  return binary
}

/** better-sqlite3 for Electron's ABI: a prebuilt binary fetched into a scratch copy, then kept under resources/native. */
function ensureNativeBinding() {
  const target = nativeBindingPath()
  if (fs.existsSync(target)) return
  say('Preparing the database driver for Electron (first start only)…')
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-native-'))
  const source = path.join(ROOT, 'node_modules', 'better-sqlite3')
  fs.cpSync(path.join(source, 'package.json'), path.join(scratch, 'package.json'))
  const prebuild = path.join(ROOT, 'node_modules', 'prebuild-install', 'bin.js')
  const result = spawnSync(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion(), '--arch', process.arch], { ...quiet, cwd: scratch })
  const built = path.join(scratch, 'build', 'Release', 'better_sqlite3.node')
  if (result.status !== 0 || !fs.existsSync(built)) {
    explainAndExit('the database driver for Electron could not be downloaded or built (node-gyp against Electron headers needs the network too).')
  }
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.copyFileSync(built, target)
}

const binary = ensureElectron()
ensureNativeBinding()
const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const run = spawnSync(binary, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' })
process.exit(run.status ?? 0)
