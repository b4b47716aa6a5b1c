import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { ICC_EXPECTED, ICC_TEXT } from '../../../../test/fixtures'

/** The real command, as an archivist runs it: a child process through resources/bin/curate.mjs. */
const CLI = resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
const FIXTURE = ICC_TEXT
const EXPECTED = ICC_EXPECTED
const SLOW = 60_000

function curate(args: string[], stdin?: string | Buffer): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', input: stdin, env: { ...process.env, CURATE_DB: '' } })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

const folder = (): string => mkdtempSync(join(tmpdir(), 'curate-cli-import-'))

interface ExpectedRecord {
  line: number
  title: string
  startDate: string
  endDate: string
  place: string | null
}

describe('curate parse', () => {
  it('prints exactly the JSON the issue describes for the fixture, touching no database', () => {
    const dir = folder()
    const run = curate(['parse', FIXTURE, '--json', '--db', join(dir, 'never.sqlite')])
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as { records: Record<string, unknown>[]; skipped: Record<string, unknown>[] }
    expect(Object.keys(report)).toEqual(['records', 'skipped'])
    expect(Object.keys(report.records[0]!)).toEqual(['title', 'startDate', 'endDate', 'place', 'city', 'country', 'countryCode', 'sourceLine', 'warnings'])
    expect(report.skipped).toEqual([{ line: 1, text: 'Intercultural cities : Meetings and events', reason: 'heading' }])
    const expected = (JSON.parse(readFileSync(EXPECTED, 'utf8')) as { records: ExpectedRecord[] }).records
    const reading = (r: Record<string, unknown>) => [r.sourceLine ?? r.line, r.title, r.startDate, r.endDate, r.place]
    expect(report.records.map(reading)).toEqual(expected.map((r) => reading(r as unknown as Record<string, unknown>)))
    expect(() => readFileSync(join(dir, 'never.sqlite'))).toThrow()
  }, SLOW)

  it('reads standard input with -, and takes --year for dates without one', () => {
    const run = curate(['parse', '-', '--json', '--year', '2019'], 'Spring seminar\n\n14-15 March\n\nGhent, Belgium\n')
    expect(run.status).toBe(0)
    expect(JSON.parse(run.stdout).records).toEqual([
      { title: 'Spring seminar', startDate: '2019-03-14', endDate: '2019-03-15', place: 'Ghent, Belgium', city: 'Ghent', country: 'Belgium', countryCode: 'BE', sourceLine: 1, warnings: expect.any(Array) }
    ])
  }, SLOW)

  it('fails with a clear message and a non-zero status for bad input', () => {
    const dir = folder()
    const write = (name: string, content: string | Uint8Array): string => {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    }
    const cases: [string[], RegExp][] = [
      [['parse', write('empty.txt', '')], /^curate parse: empty\.txt: the file is empty\n$/],
      [['parse', write('photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]))], /photo\.png: line 1: the file looks binary/],
      [['parse', write('ragged.csv', 'title,date,place\nA,2010\nB\nC,2012,x,y\nD,2013,z\n')], /ragged\.csv: line 2: most rows \(3 of 4\)/],
      [['parse', write('nodates.txt', 'Our archive\nA list of things\n')], /nodates\.txt: no events found: none of the 2 lines has a date/],
      [['parse', join(dir, 'missing.txt')], /cannot read .*missing\.txt: no such file/],
      [['parse', FIXTURE, '--format', 'xml'], /--format must be one of auto, text, csv, json, not 'xml'/],
      [['parse', FIXTURE, '--year', '19'], /--year takes a four-digit year/]
    ]
    for (const [args, message] of cases) {
      const run = curate(args)
      expect(run.status, args.join(' ')).toBe(1)
      expect(run.stderr).toMatch(message)
      expect(run.stdout).toBe('')
    }
  }, 4 * SLOW)
})

describe('curate import', () => {
  it('imports the fixture as one batch, prints a one-line summary, and undo removes it', () => {
    const db = join(folder(), 'collection.sqlite')
    const run = curate(['import', FIXTURE, '--db', db])
    expect(run.stderr).toBe(`curate import: created a new collection at ${db}\n`)
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('Imported 73 records from icc-meetings-and-events.txt (1 line skipped, 12 warnings) as batch 1\n')

    const check = new Database(db, { readonly: true })
    expect(check.prepare('SELECT count(*) FROM records WHERE status = 0 AND batch_id = 1').pluck().get()).toBe(73)
    expect(check.prepare('SELECT file_name, format, record_count, skipped_count FROM import_batches').get()).toEqual({
      file_name: 'icc-meetings-and-events.txt',
      format: 'text',
      record_count: 73,
      skipped_count: 1
    })
    check.close()

    const again = curate(['import', FIXTURE, '--db', db, '--skip-duplicates'])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/nothing to import: all 73 records were skipped as duplicates/)

    expect(curate(['undo', '--db', db]).stdout).toBe('Undone: Imported 73 records from icc-meetings-and-events.txt\n')
    const after = new Database(db, { readonly: true })
    expect(after.prepare('SELECT count(*) FROM records WHERE status = 0').pluck().get()).toBe(0)
    after.close()
  }, 3 * SLOW)

  it('writes nothing for bad input', () => {
    const dir = folder()
    const db = join(dir, 'collection.sqlite')
    const bad = join(dir, 'wrong.json')
    writeFileSync(bad, '{"format":"ical","version":1,"records":[]}')
    const run = curate(['import', bad, '--db', db])
    expect(run.status).toBe(1)
    expect(run.stderr).toBe("curate import: wrong.json: this JSON is a 'ical' file, not a curate-records export\n")
    // The collection this import would have created is not left behind either.
    expect(existsSync(db)).toBe(false)
  }, SLOW)
})
