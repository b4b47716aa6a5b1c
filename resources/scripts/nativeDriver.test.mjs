import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { nodeVersionProblem, pinnedChecksum, prepareNativeBinding } from './nativeDriver.mjs'

const scratchDirs = []
function tempDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-native-test-'))
  scratchDirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of scratchDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
})

/** A project root with just what prepareNativeBinding reads: better-sqlite3's package.json and sources. */
function fakeRoot() {
  const root = tempDir()
  const source = path.join(root, 'node_modules', 'better-sqlite3')
  fs.mkdirSync(path.join(source, 'src'), { recursive: true })
  fs.writeFileSync(path.join(source, 'package.json'), JSON.stringify({ name: 'better-sqlite3', version: '12.11.1' }))
  fs.writeFileSync(path.join(source, 'src', 'binding.cpp'), '// sources')
  return root
}

const TARBALL = `better-sqlite3-v12.11.1-electron-v140-${process.platform}-${process.arch}.tar.gz`
const sha = (text) => createHash('sha256').update(text).digest('hex')

/** A spawnSync stand-in: records each call and "builds" (writes build/Release) in the cwd it was given. */
function fakeRun({ tarballText = 'tarball', buildOk = true } = {}) {
  const calls = []
  const run = (_node, args, options) => {
    calls.push({ script: path.basename(args[0]), cwd: options.cwd })
    const isPrebuild = args[0].includes('prebuild-install')
    if (isPrebuild) {
      const cache = path.join(options.cwd, '_prebuilds')
      fs.mkdirSync(cache, { recursive: true })
      fs.writeFileSync(path.join(cache, `abc123-${TARBALL}`), tarballText)
    }
    if (!isPrebuild && !buildOk) return { status: 1, stderr: 'gyp ERR! connect ENETUNREACH' }
    const release = path.join(options.cwd, 'build', 'Release')
    fs.mkdirSync(release, { recursive: true })
    fs.writeFileSync(path.join(release, 'better_sqlite3.node'), isPrebuild ? 'prebuilt binary' : 'binary built from source')
    return { status: 0, stderr: '' }
  }
  return { run, calls }
}

function prepare(root, checksums, fake, gyp = '/fake/node-gyp.js') {
  const checksumsFile = path.join(root, 'checksums.json')
  fs.writeFileSync(checksumsFile, JSON.stringify(checksums))
  const target = path.join(root, 'resources', 'native', 'better_sqlite3-electron-140.node')
  const problem = prepareNativeBinding({ root, target, electronVersion: '45.5.0', abi: '140', checksumsFile, run: fake.run, gyp })
  return { problem, target }
}

describe('npm start: the Node version check', () => {
  it('names the Node to install and the browser mode that works meanwhile', () => {
    const message = nodeVersionProblem('v20.20.2')
    expect(message).toContain('22.12.0')
    expect(message).toContain('this is Node.js 20.20.2')
    expect(message).toContain('npm run serve')
    expect(nodeVersionProblem('v22.11.0')).not.toBeNull()
    expect(nodeVersionProblem('v22.12.0')).toBeNull()
    expect(nodeVersionProblem('v24.1.0')).toBeNull()
  })
})

describe('npm start: the Electron build of the database driver', () => {
  it('uses a prebuilt binary only when its tarball matches the pinned SHA-256', () => {
    const root = fakeRoot()
    const fake = fakeRun({ tarballText: 'the real tarball' })
    const { problem, target } = prepare(root, { [TARBALL]: sha('the real tarball') }, fake)
    expect(problem).toBeNull()
    expect(fs.readFileSync(target, 'utf8')).toBe('prebuilt binary')
    expect(fake.calls.map((c) => c.script)).toEqual(['bin.js'])
  })

  it('discards a download that does not match its pinned checksum and builds from source', () => {
    const root = fakeRoot()
    const fake = fakeRun({ tarballText: 'something a mirror served' })
    const { problem, target } = prepare(root, { [TARBALL]: sha('the real tarball') }, fake)
    expect(problem).toBeNull()
    expect(fs.readFileSync(target, 'utf8')).toBe('binary built from source')
    expect(fake.calls.map((c) => c.script)).toEqual(['bin.js', 'node-gyp.js'])
  })

  it('never downloads when no checksum is pinned: it builds from the installed sources', () => {
    const root = fakeRoot()
    const fake = fakeRun()
    const { problem, target } = prepare(root, { _about: 'nothing pinned' }, fake)
    expect(problem).toBeNull()
    expect(fake.calls.map((c) => c.script)).toEqual(['node-gyp.js'])
    expect(fs.readFileSync(target, 'utf8')).toBe('binary built from source')
    expect(pinnedChecksum(path.join(root, 'checksums.json'), TARBALL)).toBeNull()
  })

  it('on failure says which command to run, and leaves no scratch folder and no partial binary', () => {
    const root = fakeRoot()
    const fake = fakeRun({ buildOk: false })
    const { problem, target } = prepare(root, {}, fake)
    expect(problem).toContain('could not be built')
    expect(problem).toContain('node-gyp rebuild --release --target=45.5.0')
    expect(problem).toContain('ENETUNREACH')
    expect(fs.existsSync(target)).toBe(false)
    expect(fs.existsSync(path.dirname(target)) ? fs.readdirSync(path.dirname(target)) : []).toEqual([])
    for (const call of fake.calls) expect(fs.existsSync(call.cwd)).toBe(false)
  })

  it('removes its scratch folder after a success too', () => {
    const root = fakeRoot()
    const fake = fakeRun()
    prepare(root, {}, fake)
    expect(fake.calls.length).toBeGreaterThan(0)
    for (const call of fake.calls) expect(fs.existsSync(call.cwd)).toBe(false)
  })

  it('says what to run when node-gyp cannot be found', () => {
    const root = fakeRoot()
    const fake = fakeRun()
    const { problem, target } = prepare(root, {}, fake, null)
    expect(problem).toContain('node-gyp was not found')
    expect(fs.existsSync(target)).toBe(false)
  })
})
