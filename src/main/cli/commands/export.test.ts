import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import { openCollection } from '../../services/export/testSupport/collection'

const CLI = resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
let dbPath = ''

function curate(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, 'export', '--db', dbPath, ...args], { encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeAll(() => {
  const c = openCollection('cli')
  dbPath = c.file
  c.insert([
    { title: 'Water forum', place: 'Neuchâtel (Switzerland)', city: 'Neuchâtel', countryCode: 'CH', startDate: '2015-03-01', endDate: '2015-03-02', tags: ['water'] },
    { title: 'Water and cities', countryCode: 'FR', startDate: '2016-05-02', endDate: '2016-05-03', tags: ['water', 'cities'] },
    { title: 'Archives day', countryCode: 'CH', startDate: '2015-06-03', endDate: '2015-06-03' },
    { title: 'Undated water talk', countryCode: 'CH', startDate: null }
  ])
  c.services.records.trash([3])
  c.close()
}, 30_000)

describe('curate export', () => {
  it('prints CSV of every active record to standard output', () => {
    const run = curate('--format', 'csv', '--columns', 'title,countryCode,tags', '--tag-separator', '/')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toBe('title,countryCode,tags\r\nWater forum,CH,water\r\nWater and cities,FR,cities/water\r\nUndated water talk,CH,\r\n')
  })

  it('narrows by search, country, dates and tag like the records view', () => {
    const titles = (...args: string[]): string[] =>
      (JSON.parse(curate('--format', 'json', ...args).stdout).records as { title: string }[]).map((r) => r.title)
    expect(titles('--search', 'water', '--country', 'ch')).toEqual(['Water forum', 'Undated water talk'])
    expect(titles('--from', '2015-03-02', '--to', '2016')).toEqual(['Water and cities'])
    expect(titles('--from', '2015-03', '--tag', 'water')).toEqual(['Water forum', 'Water and cities'])
  }, 30_000)

  it('writes a file with --out, SQLite included, and reports what it wrote', () => {
    const folder = mkdtempSync(join(tmpdir(), 'curate-cli-export-'))
    const out = join(folder, 'events.sqlite')
    const run = curate('--format', 'sqlite', '--out', out)
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(new RegExp(`^Exported 3 records to ${out} \\(\\d+ (bytes|KB)\\)\\n$`))
    const db = new Database(out, { readonly: true })
    expect(db.prepare('SELECT title FROM events ORDER BY id').pluck().all()).toEqual(['Water forum', 'Water and cities', 'Undated water talk'])
    db.close()

    const ics = curate('--format', 'ics', '--out', join(folder, 'events.ics'))
    expect(ics.status).toBe(0)
    expect(ics.stderr).toMatch(/1 record\(s\) without a usable start date were left out/)
    expect(readFileSync(join(folder, 'events.ics'), 'utf8').match(/BEGIN:VEVENT/g)).toHaveLength(2)
  }, 30_000)

  it('fails with a clear message and exit status 1, writing nothing', () => {
    const folder = mkdtempSync(join(tmpdir(), 'curate-cli-export-'))
    const cases: [string[], RegExp][] = [
      [['--format', 'xlsx'], /--format must be one of csv, json, jsonld, ics, sqlite, not 'xlsx'/],
      [['--format', 'sqlite'], /name it with --out FILE/],
      [['--format', 'csv', '--columns', 'title,secret'], /'secret' is not a column; the columns are id, uid, title/],
      [['--format', 'csv', '--country', 'Switzerland'], /--country takes two-letter codes such as CH or CH,FR, not 'Switzerland'/],
      [['--format', 'csv', '--from', '2015-13-01'], /--from takes a date such as 2015-10-29, 2015-10 or 2015, not '2015-13-01'/],
      [['--format', 'csv', '--out', join(folder, 'missing', 'x.csv')], /cannot write to .*missing.*: the folder does not exist/]
    ]
    for (const [args, message] of cases) {
      const run = curate(...args)
      expect(run.status, args.join(' ')).toBe(1)
      expect(run.stderr, args.join(' ')).toMatch(/^curate export: /)
      expect(run.stderr, args.join(' ')).toMatch(message)
      expect(run.stdout).toBe('')
    }
    expect(readdirSync(folder)).toEqual([])
    expect(existsSync(join(folder, 'missing'))).toBe(false)
  }, 60_000)

  it('refuses to write over the collection (the history survives) and over an existing file without --force', () => {
    const before = readFileSync(dbPath)
    const self = curate('--format', 'csv', '--out', dbPath)
    expect(self.status).toBe(1)
    expect(self.stderr).toMatch(/refusing to export to .*: that is the collection itself/)
    const wal = curate('--format', 'json', '--out', `${dbPath}-wal`)
    expect(wal.status).toBe(1)
    expect(Buffer.compare(readFileSync(dbPath), before)).toBe(0)
    const db = new Database(dbPath, { readonly: true })
    expect(db.prepare('SELECT count(*) FROM operations').pluck().get()).toBeGreaterThan(0)
    db.close()

    const out = join(mkdtempSync(join(tmpdir(), 'curate-cli-export-')), 'events.csv')
    writeFileSync(out, 'mine')
    const refused = curate('--format', 'csv', '--out', out)
    expect(refused.status).toBe(1)
    expect(refused.stderr).toMatch(/already exists; choose another name, or replace it explicitly \(--force\)/)
    expect(readFileSync(out, 'utf8')).toBe('mine')
    const forced = curate('--format', 'csv', '--out', out, '--force')
    expect(forced.status).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^id,uid,title/)
  }, 60_000)
})
