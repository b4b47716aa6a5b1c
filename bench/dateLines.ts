/**
 * The date reader alone: `npx tsx bench/dateLines.ts [--size 20000] [--runs 5] [--compare dir]`.
 * Times findDatesInLine over every line of generated listings (text blocks and one line per
 * event). With --compare, also times another copy of the dates module's find.ts (e.g. an older commit's,
 * extracted with `git archive`) on the same lines, alternating runs so machine load hits both alike.
 */
import { parseArgs } from 'node:util'
import { generateListings, renderAsListingText, renderAsOneLine } from '../test/generator'
import { findDatesInLine } from '../src/main/services/import/dates'

const { values } = parseArgs({ options: { size: { type: 'string', default: '20000' }, runs: { type: 'string', default: '5' }, compare: { type: 'string' } } })
const { records } = generateListings({ seed: 11, count: Number(values.size) })
const lines = [...renderAsListingText(records).split('\n'), ...renderAsOneLine(records).split('\n')]

type Finder = (line: string) => unknown[]
const finders: [string, Finder][] = [['this tree', (line) => findDatesInLine(line)]]
if (values.compare !== undefined) {
  const other = (await import(`${values.compare}/find.ts`)) as { findDatesInLine: Finder }
  finders.push([values.compare, (line) => other.findDatesInLine(line)])
}

const times = new Map<string, number[]>(finders.map(([name]) => [name, []]))
for (let run = 0; run < Number(values.runs); run++) {
  for (const [name, find] of finders) {
    const started = performance.now()
    let found = 0
    for (const line of lines) found += find(line).length
    times.get(name)?.push(performance.now() - started)
    if (run === 0) console.log(`${name}: ${found} dates in ${lines.length} lines`)
  }
}
for (const [name, runs] of times) {
  const sorted = [...runs].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0
  console.log(`${name}: median ${median.toFixed(0)} ms over ${runs.length} runs, ${((median * 1000) / lines.length).toFixed(2)} µs a line`)
}
