import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Metafile } from 'esbuild'
import { ICC_TEXT } from '../../../test/fixtures'
import { helpText } from './main'
import { generateListings, renderAsListingText } from '../../../test/generator'
import { tempDbPath } from '../testing/tempDb'
// @ts-expect-error plain JavaScript build script, without type declarations
import { buildCli } from '../../../resources/scripts/buildCli.mjs'
// @ts-expect-error plain JavaScript entry chooser, without type declarations
import { builtIsCurrent } from '../../../resources/bin/entry.mjs'

/**
 * The compiled CLI as `npm install` and `npm run build` make it, built here into a folder of its own
 * under out/ (ignored by git), where Node finds the packages left outside the bundle in node_modules.
 */
const outdir = path.resolve(import.meta.dirname, '../../../out', `cli-test-${process.pid}`)
let metafile: Metafile

const run = (...args: string[]) => spawnSync(process.execPath, [path.join(outdir, 'curate.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, CURATE_DB: '' } })

/** Every input file a chunk loads before running, following static imports only (not `import()`). */
function staticClosure(entry: string): Set<string> {
  const outputs = metafile.outputs
  const seen = new Set<string>()
  const inputs = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const output = outputs[file]
    if (!output) return inputs.add(file), undefined
    for (const input of Object.keys(output.inputs)) inputs.add(input)
    for (const imported of output.imports) if (imported.kind === 'import-statement') visit(imported.path)
  }
  visit(Object.keys(outputs).find((file) => file.endsWith(`/${entry}`))!)
  return inputs
}

beforeAll(async () => {
  metafile = await buildCli(outdir)
}, 120_000)
afterAll(() => fs.rmSync(outdir, { recursive: true, force: true }))

describe('the compiled CLI (out/cli)', () => {
  it('loads no services, SQLite or parser before a command runs, so --help answers at once', () => {
    const loaded = [...staticClosure('curate.mjs')]
    expect(loaded.some((file) => file.includes('src/main/cli/catalogue.ts'))).toBe(true)
    expect(loaded.filter((file) => /src\/main\/(services\/(?!appVersion)|db\/)|better-sqlite3|chrono-node|zod/.test(file))).toEqual([])
  })

  it('prints the same help as the sources and runs parse, import and info on a real file', () => {
    const help = run('--help')
    expect(help.status).toBe(0)
    expect(help.stdout.trim()).toBe(helpText().trim())

    const parsed = run('parse', ICC_TEXT)
    expect(parsed.stderr).toBe('')
    expect(parsed.stdout).toMatch(/^73 records, 1 line skipped$/m)

    const db = tempDbPath()
    const imported = run('import', ICC_TEXT, '--db', db)
    expect(imported.status).toBe(0)
    expect(imported.stdout).toMatch(/^Imported 73 records/)
    const info = run('info', '--db', db, '--json')
    expect(info.status).toBe(0)
    expect(JSON.parse(info.stdout)).toMatchObject({ records: 73, trash: 0, databasePath: db })
  })

  it('imports a listing big enough for the parse worker, which the build ships beside the CLI', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'curate-big-')), 'listing.txt')
    const text = renderAsListingText(generateListings({ seed: 5, count: 4000 }).records)
    expect(Buffer.byteLength(text)).toBeGreaterThan(256 * 1024)
    fs.writeFileSync(file, text)
    expect(fs.existsSync(path.join(outdir, 'parseWorker.mjs'))).toBe(true)
    // import previews through the worker for inputs this size (parse reads in process).
    const imported = run('import', file, '--db', tempDbPath())
    expect(imported.stderr).not.toMatch(/missing|Error/)
    expect(imported.status).toBe(0)
    expect(imported.stdout).toMatch(/^Imported 4,?000 records/m)
  })

  it('names an unknown command and a bad option without a stack trace', () => {
    const unknown = run('frobnicate')
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toContain("unknown command 'frobnicate'")
    const bad = run('info', '--nope')
    expect(bad.status).toBe(2)
    expect(bad.stderr).toMatch(/^curate info: Unknown option '--nope'/)
    expect(bad.stderr).not.toMatch(/\n\s+at /)
  })
})

describe('choosing the compiled CLI or the sources (resources/bin/entry.mjs)', () => {
  it('runs the build only while every source it came from is older than it', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-stamp-'))
    expect(builtIsCurrent(root)).toBe(false) // no build at all
    fs.mkdirSync(path.join(root, 'src'))
    fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'export {}')
    fs.mkdirSync(path.join(root, 'out', 'cli'), { recursive: true })
    const stamp = (builtAt: number): void => fs.writeFileSync(path.join(root, 'out', 'cli', 'sources.json'), JSON.stringify({ builtAt, inputs: ['src/a.ts'] }))
    stamp(Date.now() + 60_000)
    expect(builtIsCurrent(root)).toBe(true)
    stamp(Date.now() - 60_000) // the source was edited after the build
    expect(builtIsCurrent(root)).toBe(false)
    stamp(Date.now() + 60_000)
    fs.rmSync(path.join(root, 'src', 'a.ts')) // a source the build names is gone
    expect(builtIsCurrent(root)).toBe(false)
  })
})
