/**
 * Parsing at scale: `npx tsx bench/parse.ts --size 100000 [--json]`.
 * Renders generated listings in each layout the importer reads (fixture-like text blocks,
 * one event per line, CSV) and times parseInput on each, from bytes as a file would arrive.
 */
import { parseArgs } from 'node:util'
import { generateListings, renderAsCsv, renderAsListingText, renderAsOneLine } from '../test/generator'
import { parseInput } from '../src/main/services/import'
import { report, timeRuns } from './report'

const { values } = parseArgs({ options: { size: { type: 'string', default: '100000' }, json: { type: 'boolean' }, runs: { type: 'string', default: '3' } } })
const size = Number(values.size)
const runs = size >= 1_000_000 ? 1 : Number(values.runs)
const { records } = generateListings({ seed: 11, count: size })

const layouts = [
  { job: 'parse: text blocks', text: renderAsListingText(records), format: 'text' as const },
  { job: 'parse: one line per event', text: renderAsOneLine(records), format: 'text' as const },
  { job: 'parse: CSV', text: renderAsCsv(records), format: 'csv' as const }
]

for (const layout of layouts) {
  const bytes = Buffer.from(layout.text, 'utf8')
  let parsed = 0
  const times = await timeRuns(runs, () => {
    parsed = parseInput(bytes, { format: layout.format, fileName: `listings.${layout.format === 'csv' ? 'csv' : 'txt'}` }).records.length
  })
  report({ job: layout.job, size, runsMs: times, items: parsed, note: `${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${parsed} records read` })
}
