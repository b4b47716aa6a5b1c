/**
 * Measures a whole import of generated listings: parse (as a yielding job), duplicate check,
 * argument validation and commit, through the same dispatch the app uses. A script, not a
 * test: timings belong here, not in CI. CPU time is printed beside wall time because on a
 * shared machine wall time mostly measures the neighbours.
 * Run: npx tsx bench/throughput/importJob.ts [count] [text|csv]
 */
import { generateListings, renderAsCsv, renderAsListingText } from '../../test/generator'
import type { ImportCommitResult } from '../../src/shared/contracts/import'
import type { OperationInfo } from '../../src/shared/contract'
import { openSession } from '../../src/main/services/import/pipeline/testing'

function stopwatch(): () => string {
  const wall = performance.now()
  const cpu = process.cpuUsage()
  return () => {
    const used = process.cpuUsage(cpu)
    return `${(performance.now() - wall).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU`
  }
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 100_000)
  const layout = process.argv[3] === 'csv' ? 'csv' : 'text'
  const { records } = generateListings({ count, seed: 7 })
  const text = layout === 'csv' ? renderAsCsv(records) : renderAsListingText(records)
  console.log(`${count.toLocaleString('en')} listings as ${layout}, ${(text.length / 1024 / 1024).toFixed(1)} MB`)

  const s = openSession()
  const total = stopwatch()
  let lap = stopwatch()
  const preview = await s.preview({ text, fileName: `generated.${layout === 'csv' ? 'csv' : 'txt'}` })
  console.log(`preview (parse + duplicate check): ${lap()}; ${preview.records.length} records, ${preview.skipped.length} skipped`)

  lap = stopwatch()
  const result = (await s.commitAll(preview)) as ImportCommitResult
  console.log(`commit (validation + one operation): ${lap()}`)
  const ms = Number(total().split(' ')[0])
  console.log(`total: ${total()} -> ${Math.round(preview.records.length / (ms / 1000)).toLocaleString('en')} records/s`)
  console.log(result.summary)

  lap = stopwatch()
  await s.call<OperationInfo>('history:undo')
  console.log(`undo: ${lap()}`)
  lap = stopwatch()
  await s.call<OperationInfo>('history:redo')
  console.log(`redo: ${lap()}`)
  s.close()
}

void main()
