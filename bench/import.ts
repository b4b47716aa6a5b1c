/**
 * Importing at scale: `npx tsx bench/import.ts --size 100000 [--json] [--runs N]`.
 * Renders N generated listings as the text blocks the importer reads, then, into a fresh
 * collection each run, drives the import as the app does (through dispatch): `import:preview`
 * (the parse job with its duplicate check) and `import:commit` of every record as one undoable
 * batch; then times `history:undo` of that batch. The text is rendered once, outside the timing.
 * Target (issue 8): 100,000 listings imported under 5 s.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { generateListings, renderAsListingText } from '../test/generator'
import { openSession } from '../src/main/services/import/pipeline/testing'
import { tempDbPath } from '../src/main/testing/tempDb'
import type { ImportCommitResult } from '../src/shared/contracts/import'
import { report } from './report'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, json: { type: 'boolean' }, runs: { type: 'string' } } })
const size = Number(values.size)
if (!Number.isInteger(size) || size < 1) throw new Error('--size must be a positive whole number')
// A million listings take tens of seconds to import; one run there, three below.
const runs = Number(values.runs ?? (size >= 1_000_000 ? 1 : 3))

const text = renderAsListingText(generateListings({ seed: 7, count: size }).records)
const MB = (text.length / 1024 / 1024).toFixed(1)

const imports: number[] = []
/** CPU time of the whole process (the calling thread and the parse worker), per import. */
const cpus: number[] = []
const previews: number[] = []
const undos: number[] = []
let committed = 0
let summary = ''
for (let run = 0; run < runs; run++) {
  const file = tempDbPath()
  const session = openSession(file)
  try {
    const started = performance.now()
    const cpuAtStart = process.cpuUsage()
    const preview = await session.preview({ text, fileName: 'listings.txt' })
    previews.push(performance.now() - started)
    const result = (await session.commitAll(preview)) as ImportCommitResult
    imports.push(performance.now() - started)
    const cpu = process.cpuUsage(cpuAtStart)
    cpus.push((cpu.user + cpu.system) / 1000)
    committed = result.batch.recordCount
    summary = result.summary

    const undoStarted = performance.now()
    await session.call('history:undo')
    undos.push(performance.now() - undoStarted)
    // Undo must really have taken the batch out, or its timing would mean nothing.
    const left = session.db.prepare('SELECT count(*) FROM records WHERE status = 0').pluck().get() as number
    if (left !== 0) throw new Error(`undo of the import left ${left} active records`)
  } finally {
    session.close()
    fs.rmSync(path.dirname(file), { recursive: true, force: true })
  }
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
report({
  job: 'import: parse + commit',
  size,
  runsMs: imports,
  items: committed,
  ...(size === 100_000 ? { targetMs: 5000, statistic: 'median' as const } : {}),
  note: `${MB} MB of text blocks; preview (parse + duplicate check) median ${median(previews).toFixed(0)} ms of it; CPU median ${(median(cpus) / 1000).toFixed(2)} s; fresh collection each run; load ${os.loadavg()[0]!.toFixed(1)}`
})
report({ job: 'import: undo', size, runsMs: undos, items: committed, note: 'history:undo of the whole import batch' })
if (!values.json) console.log(summary)
