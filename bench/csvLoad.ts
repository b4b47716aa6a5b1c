/**
 * Loading a CSV file with the CLI, the whole process as an archivist waits on it:
 * `npx tsx bench/csvLoad.ts --size 100000 [--json] [--runs N]`.
 * Writes N generated listings as a CSV file once, then runs `curate import FILE.csv --db NEW`
 * (resources/bin/curate.mjs: the compiled CLI when out/cli is current, else the sources) in a
 * fresh collection each run; a CSV file is read as a stream (services/import/pipeline/streamImport.ts).
 * Reports wall time, the child's CPU time and its peak resident memory.
 * Targets (issue 18): 100,000 rows under 1.5 s, 1,000,000 under 12 s, under 500 MB.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateListings, renderAsCsv } from '../test/generator'
import { report } from './report'
// @ts-expect-error plain JavaScript entry chooser, without type declarations
import { builtIsCurrent } from '../resources/bin/entry.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')
const CLI = path.join(ROOT, 'resources', 'bin', 'curate.mjs')
/** Printed by the child at exit: its own CPU time and peak memory (a wrapper would add its own). */
const PROBE = `data:text/javascript,process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('@@usage '+JSON.stringify({cpuMs:(c.user+c.system)/1000,maxRssMb:process.resourceUsage().maxRSS/1024})+'\\n')})`

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, json: { type: 'boolean' }, runs: { type: 'string' } } })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number')
const runs = Number(values.runs ?? (size >= 1_000_000 ? 1 : 3))

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'curate-bench-csv-'))
try {
  const file = path.join(dir, 'listings.csv')
  fs.writeFileSync(file, renderAsCsv(generateListings({ seed: 13, count: size }).records))
  const mb = (fs.statSync(file).size / 1024 / 1024).toFixed(0)
  const walls: number[] = []
  const cpus: number[] = []
  let peak = 0
  for (let run = 0; run < runs; run++) {
    const db = path.join(dir, `run-${run}.sqlite`)
    const started = performance.now()
    const child = spawnSync(process.execPath, ['--import', PROBE, CLI, 'import', file, '--db', db], { encoding: 'utf8', env: { ...process.env, CURATE_DB: '' } })
    walls.push(performance.now() - started)
    if (child.status !== 0) throw new Error(`curate import failed: ${child.stderr}`)
    if (!child.stdout.startsWith(`Imported ${size.toLocaleString('en')} records`)) throw new Error(`unexpected summary: ${child.stdout}`)
    const usage = JSON.parse(/@@usage (.*)/.exec(child.stderr)![1]!) as { cpuMs: number; maxRssMb: number }
    cpus.push(usage.cpuMs)
    peak = Math.max(peak, Math.round(usage.maxRssMb))
    for (const leftover of fs.readdirSync(dir)) if (leftover.startsWith(`run-${run}.sqlite`)) fs.rmSync(path.join(dir, leftover))
  }
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
  const target = size === 100_000 ? 1500 : size === 1_000_000 ? 12_000 : undefined
  report({
    job: 'CSV load: curate import (process)',
    size,
    runsMs: walls,
    items: size,
    peakRssMb: peak,
    ...(target === undefined ? {} : { targetMs: target, statistic: 'median' as const }),
    note: `${mb} MB CSV streamed; CPU median ${(median(cpus) / 1000).toFixed(2)} s; ${builtIsCurrent() ? 'compiled CLI (out/cli)' : 'CLI from sources (tsx)'}; load ${os.loadavg()[0]!.toFixed(1)}`
  })
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
