import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { generateListings, renderAsCsv } from '../../../../test/generator'
import { streamableCsv } from './importStreamed'

/** The real command, as an archivist runs it: a child process through resources/bin/curate.mjs. */
const CLI = resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
const SLOW = 120_000

function curate(args: string[], nodeOptions: string[] = []): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [...nodeOptions, CLI, ...args], { encoding: 'utf8', env: { ...process.env, CURATE_DB: '' } })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

const folder = (): string => mkdtempSync(join(tmpdir(), 'curate-cli-stream-'))

describe('curate import of a CSV file, read as a stream', () => {
  it('streams regular CSV files in UTF-8 only; other input takes the whole-file path', () => {
    const dir = folder()
    const write = (name: string, content: string | Uint8Array): string => {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    }
    const csv = 'title,date,place\nWater forum,2019-05-01,Bern\n'
    expect(streamableCsv(write('a.csv', csv), 'auto')).toMatchObject({ fileName: 'a.csv', size: csv.length })
    expect(streamableCsv(write('a.data', csv), 'auto')).not.toBeNull() // CSV by its content
    expect(streamableCsv(write('b.data', csv), 'csv')).not.toBeNull()
    expect(streamableCsv(write('c.csv', csv), 'text')).toBeNull()
    expect(streamableCsv(write('d.txt', 'Water forum\n1 May 2019\nBern\n'), 'auto')).toBeNull()
    expect(streamableCsv(write('e.tsv', 'title\tdate\nA\t2019-05-01\n'), 'auto')).toMatchObject({ delimiter: '\t' })
    expect(streamableCsv(write('f.csv', Uint8Array.from([0x74, 0x69, 0x74, 0x6c, 0x65, 0x2c, 0xe9, 0x0a]).subarray(0)), 'auto')).toBeNull() // Windows-1252
    expect(streamableCsv(write('g.csv', ''), 'auto')).toBeNull()
    expect(streamableCsv('-', 'auto')).toBeNull()
    expect(streamableCsv(join(dir, 'missing.csv'), 'auto')).toBeNull()
  })

  it('imports as one undoable batch, and a file failing part way writes nothing and names the line', () => {
    const dir = folder()
    const db = join(dir, 'collection.sqlite')
    const good = join(dir, 'events.csv')
    writeFileSync(good, 'title,date,place\nWater forum,2019-05-01,Bern\nAir forum,2019-06-01,Basel\n')
    const run = curate(['import', good, '--db', db])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/^Imported 2 records from events\.csv \(0 lines skipped, \d+ warnings?\) as batch 1\n$/)

    const bad = join(dir, 'bad.csv')
    writeFileSync(bad, `title,date\n${Array.from({ length: 3000 }, (_, i) => `Meeting ${i},2019-02-01`).join('\n')}\nBad\u0000row,2019-03-01\n`)
    const failed = curate(['import', bad, '--db', db])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toMatch(/^curate import: bad\.csv: line 3002: the file looks binary/)
    const check = new Database(db, { readonly: true })
    expect(check.prepare('SELECT count(*) FROM records').pluck().get()).toBe(2)
    expect(check.prepare('SELECT count(*) FROM import_batches').pluck().get()).toBe(1)
    check.close()

    expect(curate(['undo', '--db', db]).stdout).toBe('Undone: Imported 2 records from events.csv\n')
    // A collection the refused file would have created is not left behind.
    const fresh = join(dir, 'fresh.sqlite')
    expect(curate(['import', bad, '--db', fresh]).status).toBe(1)
    expect(existsSync(fresh)).toBe(false)
  }, SLOW)

  it('reads 100,000 rows in a heap of 128 MB, where reading the whole file at once runs out of memory', () => {
    const dir = folder()
    const file = join(dir, 'listings.csv')
    writeFileSync(file, renderAsCsv(generateListings({ seed: 9, count: 100_000 }).records))
    const capped = ['--max-old-space-size=128']
    const streamed = curate(['import', file, '--db', join(dir, 'a.sqlite')], capped)
    expect(streamed.stderr).not.toMatch(/heap|memory/i)
    expect(streamed.stdout).toMatch(/^Imported 100,000 records from listings\.csv/)
    // The same bytes on standard input take the whole-file path (preview first), which cannot fit.
    const whole = spawnSync('sh', ['-c', `"${process.execPath}" ${capped[0]} "${CLI}" import - --db "${join(dir, 'b.sqlite')}" < "${file}"`], { encoding: 'utf8' })
    expect(whole.status).not.toBe(0)
  }, 3 * SLOW)
})
