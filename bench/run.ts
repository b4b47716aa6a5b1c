/**
 * `npm run bench [-- --quick] [-- --sizes 10000,100000] [-- --jobs parse,query]`
 * Runs every benchmark script at each size in its own process (so each reports its own peak
 * memory), prints one table, and writes bench/results.json with the machine it ran on.
 * Never part of `npm test`; a smoke test only checks that it runs at the smallest size.
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { MARK, SKIP_MARK, type Measurement } from './report'
// @ts-expect-error plain JavaScript build script, without type declarations
import { buildCli } from '../resources/scripts/buildCli.mjs'
// @ts-expect-error plain JavaScript entry chooser, without type declarations
import { builtIsCurrent } from '../resources/bin/entry.mjs'

const ROOT = path.resolve(import.meta.dirname, '..')

interface Script {
  id: string
  file: string
  /** Largest size this script runs at (some jobs are only specified up to 100,000). */
  maxSize?: number
  extraArgs?: string[]
}

export const SCRIPTS: Script[] = [
  // Listing text and the app's preview path read a file whole, limited to 64 MB (MAX_INPUT_BYTES);
  // a million listings (~85 MB of text) exceed it, so they are measured up to 100,000 per file.
  { id: 'parse', file: 'bench/parse.ts', maxSize: 100_000 },
  { id: 'import', file: 'bench/import.ts', maxSize: 100_000 },
  // A CSV file is streamed by `curate import`, with no size limit: measured at every size.
  { id: 'csvload', file: 'bench/csvLoad.ts' },
  { id: 'query', file: 'bench/workspace.ts' },
  { id: 'dedupe', file: 'bench/dedupe.ts' },
  { id: 'bulk', file: 'bench/bulk.ts', maxSize: 100_000 },
  { id: 'export', file: 'bench/export.ts' },
  // Curate beside the sqlite3 shell on the same files; skips, saying so, where sqlite3 is not installed.
  { id: 'sqlite3', file: 'bench/sideBySide.ts' },
  { id: 'ui', file: 'bench/ui.ts', extraArgs: ['--runs', '2'] }
]

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    sizes: { type: 'string' },
    jobs: { type: 'string' },
    out: { type: 'string', default: path.join(ROOT, 'bench', 'results.json') }
  }
})
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.quick ? [1_000, 10_000] : [10_000, 100_000, 1_000_000]
const only = values.jobs ? new Set(values.jobs.split(',')) : null

const skips: { script: string; size: number; job: string; reason: string }[] = []

function runScript(script: Script, size: number): Promise<{ measurements: Measurement[]; error?: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--max-old-space-size=8192', path.join(ROOT, script.file), '--size', String(size), '--json', ...(script.extraArgs ?? [])], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
    const measurements: Measurement[] = []
    let buffer = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const lines = buffer.split('\n')
      buffer = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith(MARK)) measurements.push(JSON.parse(line.slice(MARK.length)) as Measurement)
        else if (line.startsWith(SKIP_MARK)) skips.push({ script: script.id, size, ...(JSON.parse(line.slice(SKIP_MARK.length)) as { job: string; reason: string }) })
      }
    })
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
    child.on('exit', (code) => resolve({ measurements, error: code === 0 ? undefined : errors.trim().split('\n').slice(-3).join(' ') || `exit ${code}` }))
  })
}

const stat = (runs: number[], which: 'median' | 'p95'): number => {
  const sorted = [...runs].sort((a, b) => a - b)
  return which === 'median' ? sorted[Math.floor(sorted.length / 2)]! : sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!
}

// The bench measures the code that ships: the compiled CLI and parse worker (out/cli), rebuilt
// when a source changed since (the CLI and a worker started from the sources would run tsx instead).
if (!builtIsCurrent(ROOT)) {
  process.stderr.write('… building the CLI (out/cli)\n')
  await buildCli()
}

const rows: (Measurement & { medianMs: number; p95Ms: number; perSecond: number; met: boolean | null })[] = []
const failures: { script: string; size: number; error: string }[] = []
for (const size of sizes) {
  for (const script of SCRIPTS) {
    if (only && !only.has(script.id)) continue
    if (script.maxSize && size > script.maxSize) continue
    if (!fs.existsSync(path.join(ROOT, script.file))) continue
    process.stderr.write(`… ${script.id} at ${size.toLocaleString('en')}\n`)
    const { measurements, error } = await runScript(script, size)
    if (error) failures.push({ script: script.id, size, error })
    for (const m of measurements) {
      const medianMs = stat(m.runsMs, 'median')
      const p95Ms = stat(m.runsMs, 'p95')
      const target = m.targetMs === undefined ? null : (m.statistic === 'p95' ? p95Ms : medianMs) <= m.targetMs
      rows.push({ ...m, medianMs, p95Ms, perSecond: m.items / (medianMs / 1000), met: target })
    }
  }
}

const machine = {
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  memoryGb: Math.round(os.totalmem() / 1024 ** 3),
  platform: `${os.platform()} ${os.release()}`,
  node: process.version,
  loadAverageAtEnd: os.loadavg().map((l) => Number(l.toFixed(2)))
}
const ratios = rows.flatMap((r) => {
  const reference = r.comparedWith && rows.find((other) => other.job === r.comparedWith && other.size === r.size)
  return reference ? [{ size: r.size, job: r.job, reference: reference.job, ratio: Number((r.medianMs / reference.medianMs).toFixed(2)) }] : []
})
fs.writeFileSync(values.out!, `${JSON.stringify({ ranAt: new Date().toISOString(), machine, sizes, results: rows, ratios, skipped: skips, failures }, null, 2)}\n`)

const fmt = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`)
console.log(`\n${machine.cpu} · ${machine.cores} cores · ${machine.memoryGb} GB · Node ${machine.node}\n`)
console.log(['size'.padStart(9), 'job'.padEnd(34), 'median'.padStart(10), 'p95'.padStart(10), 'per second'.padStart(12), 'peak MB'.padStart(8), 'target'.padStart(16)].join('  '))
for (const r of rows) {
  const target = r.targetMs === undefined ? '' : `${r.statistic ?? 'median'} < ${fmt(r.targetMs)} ${r.met ? '✓' : '✗'}`
  console.log([r.size.toLocaleString('en').padStart(9), r.job.slice(0, 34).padEnd(34), fmt(r.medianMs).padStart(10), fmt(r.p95Ms).padStart(10), Math.round(r.perSecond).toLocaleString('en').padStart(12), String(r.peakRssMb ?? '').padStart(8), target.padStart(16)].join('  '))
}
if (ratios.length > 0) console.log('\nSide by side (ratio of medians; above 1 means Curate is slower):')
for (const r of ratios) console.log(`${r.size.toLocaleString('en').padStart(9)}  ${r.job} / ${r.reference}: ${r.ratio}`)
for (const s of skips) console.log(`SKIPPED ${s.job} at ${s.size.toLocaleString('en')}: ${s.reason}`)
for (const f of failures) console.log(`FAILED ${f.script} at ${f.size}: ${f.error}`)
console.log(`\nWritten to ${path.relative(ROOT, values.out!)}`)
process.exitCode = failures.length > 0 ? 1 : 0
