import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const MAIN = resolve(import.meta.dirname, 'main.ts')

/**
 * Runs the CLI in a child process that reports its own peak memory (maxRSS, in KB) on
 * standard error when done, so the test sees how much an import read.
 */
function curateMeasured(args: string[], shellPrefix = ''): { status: number | null; stderr: string; peakMb: number } {
  const script =
    `import(${JSON.stringify(MAIN)}).then((m) => m.runCli(${JSON.stringify(args)})).then((code) => {` +
    "process.stderr.write('peak-kb ' + process.resourceUsage().maxRSS + '\\n'); process.exit(code) })"
  const node = `${JSON.stringify(process.execPath)} --import tsx --input-type=module -e ${JSON.stringify(script)}`
  const run = spawnSync('sh', ['-c', `${shellPrefix}${node}`], { encoding: 'utf8', cwd: resolve(import.meta.dirname, '../../..'), timeout: 60_000 })
  const peak = /peak-kb (\d+)/.exec(run.stderr)
  return { status: run.status, stderr: run.stderr, peakMb: peak ? Number(peak[1]) / 1024 : Infinity }
}

describe('unbounded input', () => {
  const folder = mkdtempSync(join(tmpdir(), 'curate-capped-'))
  const db = join(folder, 'collection.sqlite')

  it('/dev/zero is read only up to the 64 MB limit, then refused; nothing is created', () => {
    const run = curateMeasured(['import', '/dev/zero', '--db', db])
    expect(run.stderr).toMatch(/curate import: \/dev\/zero is too large to import at once \(more than 64 MB; the limit is 64 MB\)/)
    expect(run.status).toBe(1)
    expect(run.peakMb).toBeLessThan(600)
    expect(existsSync(db)).toBe(false)
  }, 90_000)

  it('endless standard input (yes | curate import -) is refused the same way', () => {
    const run = curateMeasured(['import', '-', '--db', db], 'yes | ')
    expect(run.stderr).toMatch(/standard input is too large to import at once \(more than 64 MB/)
    expect(run.status).toBe(1)
    expect(run.peakMb).toBeLessThan(600)
  }, 90_000)

  it('a large regular file is refused by its size, before it is read', () => {
    const big = join(folder, 'big.txt')
    writeFileSync(big, '')
    truncateSync(big, 1_900 * 1024 * 1024) // sparse: 1.9 GB long, no disk used
    const run = curateMeasured(['import', big, '--db', db])
    expect(run.stderr).toMatch(/big\.txt is too large to import at once \(1900\.0 MB; the limit is 64 MB\)/)
    expect(run.status).toBe(1)
    expect(run.peakMb).toBeLessThan(400)
  }, 90_000)
})
