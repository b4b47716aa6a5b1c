import { describe, expect, it } from 'vitest'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

describe('npm run bench', () => {
  it('runs at the smallest size and writes its results with the machine noted', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'curate-bench-')), 'results.json')
    const root = path.resolve(import.meta.dirname, '..')
    const printed = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/run.ts'), '--sizes', '300', '--jobs', 'parse', '--out', out], { cwd: root, encoding: 'utf8' })
    expect(printed).toMatch(/parse: text blocks/)
    const results = JSON.parse(fs.readFileSync(out, 'utf8'))
    expect(results.machine.cores).toBeGreaterThan(0)
    expect(results.results.map((r: { job: string }) => r.job)).toEqual(['parse: text blocks', 'parse: one line per event', 'parse: CSV'])
    expect(results.results.every((r: { items: number; size: number }) => r.items > 0.9 * r.size)).toBe(true)
  }, 120_000)

  it('says the sqlite3 comparison was skipped, and why, where the sqlite3 shell is not installed', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'curate-bench-')), 'results.json')
    const root = path.resolve(import.meta.dirname, '..')
    const printed = execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'bench/run.ts'), '--sizes', '300', '--jobs', 'sqlite3', '--out', out], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CURATE_BENCH_SQLITE3: path.join(root, 'no-such-sqlite3') }
    })
    expect(printed).toMatch(/SKIPPED side by side at 300: the sqlite3 command-line shell is not installed/)
    const results = JSON.parse(fs.readFileSync(out, 'utf8'))
    expect(results.results).toEqual([])
    expect(results.skipped).toHaveLength(1)
    expect(results.failures).toEqual([])
  }, 120_000)
})
