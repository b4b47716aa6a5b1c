/**
 * Curate beside the sqlite3 command-line shell on the same files (issue 18, target 8):
 *   npx tsx bench/sideBySide.ts --size 100000 [--json] [--runs N]
 * 1. CSV export of the cached seed's active records, the default columns with their tags: Curate's
 *    export (in process, as the app runs it) against `sqlite3 -csv` writing the same columns.
 * 2. Loading that CSV file: Curate's import (preview + commit, in process, as `bench/import.ts`
 *    drives it) against `sqlite3` with `.import --csv` into a new file.
 * sqlite3's figures are whole processes, so they include its start (a few milliseconds); it
 * only reads and writes, which makes it the physical floor of this machine. Where sqlite3 is
 * not installed the script says so and measures nothing (`apt-get install sqlite3`).
 * CURATE_BENCH_SQLITE3 names another sqlite3 binary.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { openDatabase } from '../src/main/db/open'
import { writeExport } from '../src/main/services/export/runExport'
import { DEFAULT_EXPORT_COLUMNS } from '../src/shared/contracts/export'
import { DEFAULT_TAG_SEPARATOR } from '../src/main/services/export/types'
import { openSession } from '../src/main/services/import/pipeline/testing'
import { tempDbPath } from '../src/main/testing/tempDb'
import { cachedSeed } from './workspaceSeed'
import { report, skipped } from './report'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, json: { type: 'boolean' }, runs: { type: 'string' } } })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number')
const runs = Number(values.runs ?? (size >= 1_000_000 ? 1 : 3))

/** The shell to compare with: `sqlite3` on the PATH unless CURATE_BENCH_SQLITE3 names another. */
const SQLITE3 = process.env.CURATE_BENCH_SQLITE3 || 'sqlite3'

/** The sqlite3 shell's version, or null when it is not installed. */
function sqlite3Version(): string | null {
  const probe = spawnSync(SQLITE3, ['-version'], { encoding: 'utf8' })
  return probe.status === 0 ? probe.stdout.trim().split(' ')[0]! : null
}

const version = sqlite3Version()
if (!version) {
  skipped('side by side', 'the sqlite3 command-line shell is not installed here, so there is no reference to time (apt-get install sqlite3)')
  process.exit(0)
}

/** Column expressions giving the text Curate's default CSV writes (tags joined as Curate joins them). */
const COLUMN_SQL: Record<(typeof DEFAULT_EXPORT_COLUMNS)[number], string> = {
  id: 'r.id', uid: 'r.uid', title: 'r.title', startDate: 'r.start_date', endDate: 'r.end_date', dateText: 'r.date_text', place: 'r.place',
  city: 'r.city', country: 'r.country', countryCode: 'r.country_code', notes: 'r.notes', sourceFile: 'r.source_file', sourceLine: 'r.source_line',
  tags: `(SELECT group_concat(name, '${DEFAULT_TAG_SEPARATOR.replaceAll("'", "''")}') FROM (SELECT t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.record_id = r.id ORDER BY t.name COLLATE NOCASE))`
}
const exportSql = (columns: readonly (keyof typeof COLUMN_SQL)[]): string =>
  `SELECT ${columns.map((c) => `${COLUMN_SQL[c]} AS "${c}"`).join(', ')} FROM records r WHERE r.status = 0 ORDER BY r.id`

function timeProcess(args: string[], input?: string): number {
  const started = performance.now()
  const result = spawnSync(SQLITE3, args, { input, stdio: [input === undefined ? 'ignore' : 'pipe', 'ignore', 'pipe'], encoding: 'utf8' })
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`sqlite3 ${args.join(' ')} failed: ${result.stderr}`)
  return ms
}

const seed = cachedSeed(size)
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-bench-sidebyside-'))
const curateCsv = path.join(folder, 'curate.csv')
try {
  // 1. Export.
  const db = openDatabase(seed, { readonly: true })
  const curateExport: number[] = []
  let exported = 0
  try {
    for (let i = 0; i < runs; i++) {
      fs.rmSync(curateCsv, { force: true })
      const started = performance.now()
      exported = (await writeExport(db, { format: 'csv', scope: { kind: 'all' } }, curateCsv)).count
      curateExport.push(performance.now() - started)
    }
  } finally {
    db.close()
  }
  const sqliteExport = (columns: readonly (keyof typeof COLUMN_SQL)[]): number[] =>
    Array.from({ length: runs }, () => timeProcess(['-readonly', '-csv', '-header', '-cmd', `.output ${path.join(folder, 'sqlite.csv')}`, seed, exportSql(columns)]))
  const exportJob = 'side by side: CSV export, sqlite3 -csv'
  report({ job: exportJob, size, runsMs: sqliteExport(DEFAULT_EXPORT_COLUMNS), items: exported, note: `sqlite3 ${version}, whole process, the same columns and tags` })
  // Without the tags (a correlated, sorted subquery per record, most of sqlite3's time): the bare floor.
  const untagged = DEFAULT_EXPORT_COLUMNS.filter((c) => c !== 'tags')
  report({ job: 'side by side: CSV export, sqlite3 -csv, no tags', size, runsMs: sqliteExport(untagged), items: exported, note: `sqlite3 ${version}, whole process, the same columns without tags` })
  report({ job: 'side by side: CSV export, Curate', size, runsMs: curateExport, items: exported, comparedWith: exportJob, note: 'in process, the app\'s export path' })

  // 2. Loading the CSV Curate wrote.
  const sqliteImport: number[] = []
  for (let i = 0; i < runs; i++) {
    const target = path.join(folder, `import-${i}.sqlite`)
    sqliteImport.push(timeProcess([target, '-cmd', `.import --csv ${curateCsv} listings`]))
    fs.rmSync(target, { force: true })
  }
  const importJob = 'side by side: CSV load, sqlite3 .import'
  report({ job: importJob, size, runsMs: sqliteImport, items: exported, note: `sqlite3 ${version}, whole process, into a new file` })
  const text = fs.readFileSync(curateCsv, 'utf8')
  const curateImport: number[] = []
  try {
    for (let i = 0; i < runs; i++) {
      const file = tempDbPath()
      const session = openSession(file)
      try {
        const started = performance.now()
        await session.commitAll(await session.preview({ text, fileName: 'records.csv' }))
        curateImport.push(performance.now() - started)
      } finally {
        session.close()
        fs.rmSync(path.dirname(file), { recursive: true, force: true })
      }
    }
    report({ job: 'side by side: CSV load, Curate', size, runsMs: curateImport, items: exported, comparedWith: importJob, note: 'in process: import preview (parse, duplicate check) and commit' })
  } catch (error) {
    skipped('side by side: CSV load, Curate', `Curate could not load the ${(text.length / 1024 ** 2).toFixed(0)} MB file: ${(error as Error).message}`)
  }
} finally {
  fs.rmSync(folder, { recursive: true, force: true })
}
