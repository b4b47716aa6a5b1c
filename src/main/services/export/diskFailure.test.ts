import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { temporaryFolder } from './testSupport/records'

/*
 * Real kernel failures, not mocks. Tests run as root, where chmod stops nothing, so:
 * - "disk full": a 256 KiB tmpfs mounted in a private mount namespace (unshare -m), which
 *   vanishes with the child process and never touches the host's mounts;
 * - "read-only": the same tmpfs remounted read-only (EROFS);
 * - "file too large": a process file-size limit (prlimit --fsize), which needs no privilege.
 * Each is skipped, with the reason in its name, when the machine does not allow it.
 */

const CHILD = resolve(import.meta.dirname, 'testSupport/exportInChild.ts')
const PROJECT_ROOT = resolve(import.meta.dirname, '../../../..')

interface ChildReport {
  ok: boolean
  code?: string
  name?: string
  message?: string
  files: string[]
  destinationText: string | null
}

function canMountTmpfs(): boolean {
  const { folder, cleanup } = temporaryFolder()
  try {
    const probe = spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=16k none "$1"', 'sh', folder])
    return probe.status === 0
  } finally {
    cleanup()
  }
}

function hasPrlimit(): boolean {
  return spawnSync('prlimit', ['--version']).status === 0
}

function runChild(command: string, args: string[]): ChildReport {
  const child = spawnSync(command, args, { cwd: PROJECT_ROOT, encoding: 'utf8', timeout: 60_000 })
  const lastLine = child.stdout.trim().split('\n').pop() ?? ''
  if (!lastLine.startsWith('{')) throw new Error(`child failed: ${child.stderr || child.stdout}`)
  return JSON.parse(lastLine) as ChildReport
}

/** Runs the export inside a fresh 256 KiB tmpfs at `folder` holding `out.csv` = "old content". */
function exportInsideTmpfs(folder: string, readOnly: boolean, format: 'csv' | 'sqlite' = 'csv'): ChildReport {
  const script = [
    'set -e',
    'mount -t tmpfs -o size=256k none "$1"',
    'printf "old content" > "$1/out.csv"',
    readOnly ? 'mount -o remount,ro "$1"' : 'true',
    `exec "$2" --import tsx "$3" "$1/out.csv" ${format} 20000`
  ].join('\n')
  return runChild('unshare', ['-m', 'sh', '-c', script, 'sh', folder, process.execPath, CHILD])
}

const tmpfsAvailable = canMountTmpfs()
const prlimitAvailable = hasPrlimit()

describe('exports that the disk refuses', () => {
  let folder: string
  let cleanup: () => void
  beforeEach(() => ({ folder, cleanup } = temporaryFolder()))
  afterEach(() => cleanup())

  it.skipIf(!tmpfsAvailable)('disk full: clear message, no partial file, old file kept (needs unshare + mount)', () => {
    const report = exportInsideTmpfs(folder, false)
    expect(report).toMatchObject({
      ok: false,
      name: 'ExportError',
      code: 'disk-full',
      message: `cannot write to ${folder}/out.csv: the disk is full`,
      files: ['out.csv'],
      destinationText: 'old content'
    })
  })

  it.skipIf(!tmpfsAvailable)('disk full while SQLite writes: same message, same guarantees (needs unshare + mount)', () => {
    const report = exportInsideTmpfs(folder, false, 'sqlite')
    expect(report).toMatchObject({
      ok: false,
      code: 'disk-full',
      message: `cannot write to ${folder}/out.csv: the disk is full`,
      files: ['out.csv'],
      destinationText: 'old content'
    })
  })

  it.skipIf(!tmpfsAvailable)('read-only disk: clear message, old file kept (needs unshare + mount)', () => {
    const report = exportInsideTmpfs(folder, true)
    expect(report).toMatchObject({
      ok: false,
      code: 'read-only',
      message: `cannot write to ${folder}/out.csv: the folder is read-only`,
      files: ['out.csv'],
      destinationText: 'old content'
    })
  })

  it.skipIf(!prlimitAvailable)('file too large for the disk: clear message, no partial file (needs prlimit)', () => {
    const destination = join(folder, 'out.csv')
    writeFileSync(destination, 'old content')
    const report = runChild('prlimit', ['--fsize=100000', process.execPath, '--import', 'tsx', CHILD, destination, 'csv', '20000'])
    expect(report).toMatchObject({
      ok: false,
      code: 'file-too-large',
      message: `cannot write to ${destination}: the file is too large for this disk`,
      files: ['out.csv'],
      destinationText: 'old content'
    })
  })

  it.skipIf(!tmpfsAvailable)('the same export fits when the disk has room (the harness itself works)', () => {
    const script = 'set -e\nmount -t tmpfs -o size=8m none "$1"\nexec "$2" --import tsx "$3" "$1/out.csv" csv 2000'
    const report = runChild('unshare', ['-m', 'sh', '-c', script, 'sh', folder, process.execPath, CHILD])
    expect(report).toMatchObject({ ok: true, files: ['out.csv'] })
  })
})
