// Prepares better-sqlite3 for Electron's ABI, for `npm start`. Two ways, both verified:
//  1. A prebuilt binary, used ONLY when its SHA-256 is pinned in resources/native/checksums.json
//     (as Electron pins its own downloads); an unpinned or mismatching download is discarded.
//  2. Otherwise, a build from the better-sqlite3 sources npm already installed (checked by the
//     lockfile's integrity hashes) against Electron's headers, which node-gyp checks against
//     the SHASUMS256 file published beside them.
// Nothing half-made is left behind: the scratch folder is removed whatever happens, and the
// binary is written beside its final name and renamed into place only once it is complete.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** Node version Electron's own install tooling (@electron/get) requires. */
export const REQUIRED_NODE = '22.12.0'

/** A message when this Node is too old to fetch Electron, else null. */
export function nodeVersionProblem(version) {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number)
  const [needMajor, needMinor] = REQUIRED_NODE.split('.').map(Number)
  if (major > needMajor || (major === needMajor && minor >= needMinor)) return null
  return [
    `The desktop app's first start needs Node.js ${REQUIRED_NODE} or later to fetch Electron; this is Node.js ${version.replace(/^v/, '')}.`,
    'Install Node.js 22 LTS (from nodejs.org, or `nvm install 22`), then run `npm install && npm start` again.',
    'Browser mode and the command line work on this Node as it is: `npm run serve`, `npx curate --help`.'
  ].join('\n')
}

export function sha256Of(file) {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex')
}

/** The pinned SHA-256 of a prebuilt binary, by its tarball name, or null when none is pinned. */
export function pinnedChecksum(checksumsFile, name) {
  if (!fs.existsSync(checksumsFile)) return null
  const pinned = JSON.parse(fs.readFileSync(checksumsFile, 'utf8'))
  const value = pinned[name]
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value) ? value : null
}

/** True when the file's SHA-256 is the pinned one. */
export function matchesChecksum(file, expected) {
  return expected !== null && sha256Of(file) === expected
}

/** Copies `built` to `target` through a temporary file in the same folder, then renames it. */
export function installAtomically(built, target) {
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const partial = `${target}.partial-${process.pid}`
  try {
    fs.copyFileSync(built, partial)
    fs.renameSync(partial, target)
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

/** Runs `work(scratch)` in a fresh scratch folder that is removed afterwards, whatever happens. */
export function withScratch(work) {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-native-'))
  try {
    return work(scratch)
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}

/** Where npm's bundled node-gyp lives (npm passes its own path to scripts it runs). */
export function nodeGypScript(env = process.env) {
  const candidates = []
  if (env.npm_config_node_gyp) candidates.push(env.npm_config_node_gyp)
  if (env.npm_execpath) candidates.push(path.join(path.dirname(env.npm_execpath), '..', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'))
  candidates.push(path.join(path.dirname(process.execPath), '..', 'lib', 'node_modules', 'npm', 'node_modules', 'node-gyp', 'bin', 'node-gyp.js'))
  return candidates.find((file) => fs.existsSync(file)) ?? null
}

/**
 * Prepares `target` for Electron `electronVersion`. Returns null on success, or a message saying
 * what failed and the exact command to run by hand.
 */
export function prepareNativeBinding({ root, target, electronVersion, abi, checksumsFile, run = spawnSync, gyp = nodeGypScript(), log = () => {} }) {
  const source = path.join(root, 'node_modules', 'better-sqlite3')
  const driverVersion = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8')).version
  const tarball = `better-sqlite3-v${driverVersion}-electron-v${abi}-${process.platform}-${process.arch}.tar.gz`
  const pinned = pinnedChecksum(checksumsFile, tarball)
  return withScratch((scratch) => {
    const built = path.join(scratch, 'build', 'Release', 'better_sqlite3.node')
    if (pinned !== null) {
      log(`Fetching the prebuilt driver ${tarball}…`)
      fs.cpSync(path.join(source, 'package.json'), path.join(scratch, 'package.json'))
      const prebuild = path.join(root, 'node_modules', 'prebuild-install', 'bin.js')
      run(process.execPath, [prebuild, '--runtime', 'electron', '--target', electronVersion, '--arch', process.arch, '--verbose'], { cwd: scratch, encoding: 'utf8', timeout: 180_000, env: { ...process.env, npm_config_cache: scratch } })
      const downloaded = findTarball(scratch, tarball)
      if (downloaded !== null && matchesChecksum(downloaded, pinned) && fs.existsSync(built)) {
        installAtomically(built, target)
        return null
      }
      log('The prebuilt driver was missing or did not match its pinned checksum; building from source instead.')
      fs.rmSync(path.join(scratch, 'build'), { recursive: true, force: true })
    }
    const command = `npx node-gyp rebuild --release --target=${electronVersion} --dist-url=https://electronjs.org/headers (in a copy of node_modules/better-sqlite3), then copy build/Release/better_sqlite3.node to ${path.relative(root, target)}`
    if (gyp === null) return `node-gyp was not found to build the database driver for Electron. Run by hand: ${command}`
    log('Building the database driver for Electron from source (first start only, about a minute)…')
    fs.cpSync(source, scratch, { recursive: true, filter: (file) => !file.includes(`${path.sep}build${path.sep}`) && !file.endsWith(`${path.sep}build`) })
    const result = run(process.execPath, [gyp, 'rebuild', '--release', `--target=${electronVersion}`, '--dist-url=https://electronjs.org/headers'], { cwd: scratch, encoding: 'utf8', timeout: 600_000 })
    if (result.status !== 0 || !fs.existsSync(built)) {
      const why = `${result.stderr ?? ''}`.trim().split('\n').slice(-3).join('\n')
      return `the database driver for Electron could not be built (it needs the network for Electron's headers, and python3, make and a C++ compiler).${why ? `\n${why}` : ''}\nTo do it by hand: ${command}`
    }
    installAtomically(built, target)
    return null
  })
}

function findTarball(folder, name) {
  const stack = [folder]
  while (stack.length > 0) {
    const dir = stack.pop()
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) stack.push(full)
      else if (entry.name.endsWith(name)) return full
    }
  }
  return null
}
