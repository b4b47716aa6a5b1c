/**
 * Measures CSV import throughput (not a test: timings belong in a script, not in CI).
 * Run: npx tsx bench/throughput/csvImport.ts [rows]
 */
import { parseInput } from '../../src/main/services/import/index'
import { parseCsv } from '../../src/main/services/import/csv/parseCsv'

const CITIES = ['Paris, France', 'Genève (Suisse)', 'Rome', 'Berlin, Germany', 'Online', 'Neuchâtel', 'Tokyo (Japan)']
const MONTHS = ['January', 'March', 'May', 'August', 'November']

export function syntheticCsv(rows: number): string {
  const lines = ['Title,Date,Location,Country,Tags,Notes']
  for (let i = 0; i < rows; i++) {
    const day = (i % 27) + 1
    const date = i % 3 === 0 ? `2010-05-${String(day).padStart(2, '0')}` : `${day} ${MONTHS[i % 5]} ${2000 + (i % 25)}`
    const title = i % 10 === 0 ? `"Seminar ${i}, part ""two""\nsecond line"` : `Meeting number ${i} on archives`
    lines.push(`${title},${date},"${CITIES[i % CITIES.length]}",${i % 4 === 0 ? 'FR' : ''},"law, history",note ${i}`)
  }
  return lines.join('\n') + '\n'
}

function time<T>(label: string, size: number, run: () => T): T {
  const started = performance.now()
  const result = run()
  const ms = performance.now() - started
  console.log(`${label}: ${ms.toFixed(0)} ms (${(size / 1024 / 1024 / (ms / 1000)).toFixed(1)} MB/s)`)
  return result
}

function main(): void {
  const rows = Number(process.argv[2] ?? 100_000)
  const text = syntheticCsv(rows)
  const bytes = new TextEncoder().encode(text)
  console.log(`${rows} rows, ${(bytes.length / 1024 / 1024).toFixed(1)} MB`)
  // The first round includes warm-up (JIT, the date reader's month tables); the later ones are the steady state.
  for (let round = 1; round <= 3; round++) {
    const result = time(`round ${round} parseCsv`, bytes.length, () => parseCsv(text))
    console.log(`  ${result.records.length} records, ${result.skipped.length} skipped`)
  }
  time('parseInput (bytes: decode + detect + parse)', bytes.length, () => parseInput(bytes, { fileName: 'events.csv' }))
}

if (process.argv[1]?.endsWith('csvImport.ts')) main()
