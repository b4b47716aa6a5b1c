#!/usr/bin/env node
// `npm start`: builds and runs the desktop app. Where no Electron runtime can be had (no
// network to fetch it, or a Node too old for Electron's installer), it says so plainly and
// points to browser mode instead.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { ROOT, electronAbi, electronBinary, electronVersion, nativeBindingPath } from './electronRuntime.mjs'
import { nodeVersionProblem, prepareNativeBinding } from './nativeDriver.mjs'

const say = (text) => process.stdout.write(`${text}\n`)

function explainAndExit(what) {
  say('')
  say(`Curate cannot start its desktop window: ${what}`)
  say('The app itself is installed and its data is safe.')
  say('')
  say('Work in your browser instead, on the same collection:')
  say('  npm run serve')
  say('')
  process.exit(1)
}

function ensureElectron() {
  let binary = electronBinary()
  if (binary) return binary
  const tooOld = nodeVersionProblem(process.version)
  if (tooOld) explainAndExit(`\n${tooOld}`)
  say(`Fetching the Electron ${electronVersion()} runtime (first start only, needs the network)…`)
  const result = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron', 'install.js')], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 })
  binary = electronBinary()
  if (!binary) {
    const why = `${result.stderr ?? ''}`.trim().split('\n').slice(-2).join('\n')
    explainAndExit(`the Electron ${electronVersion()} runtime is not installed and could not be downloaded (is the machine offline?).${why ? `\n${why}` : ''}`)
  }
  return binary
}

/** better-sqlite3 for Electron's ABI, kept under resources/native (never rebuilt inside node_modules). */
function ensureNativeBinding() {
  const target = nativeBindingPath()
  if (fs.existsSync(target)) return
  say('Preparing the database driver for Electron (first start only)…')
  const problem = prepareNativeBinding({
    root: ROOT,
    target,
    electronVersion: electronVersion(),
    abi: electronAbi(),
    checksumsFile: path.join(ROOT, 'resources', 'native', 'checksums.json'),
    log: say
  })
  if (problem) explainAndExit(problem)
}

const binary = ensureElectron()
ensureNativeBinding()
const build = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)
const run = spawnSync(binary, [ROOT, ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' })
process.exit(run.status ?? 0)
