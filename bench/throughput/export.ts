/**
 * Throughput of the export writers (a script, not a test: timings vary by machine).
 * Records are generated in memory on demand, so this measures the writers and the disk.
 * Run: npx tsx bench/throughput/export.ts [records for the CSV run, default 1000000]
 */
import { join } from 'node:path'
import { exportToFile } from '../../src/main/services/export/exportFile'
import { generateRecords, temporaryFolder } from '../../src/main/services/export/testSupport/records'
import type { ExportFormat } from '../../src/main/services/export/types'

async function measure(format: ExportFormat, count: number, folder: string): Promise<void> {
  const started = performance.now()
  const heapBefore = process.memoryUsage().heapUsed
  let heapPeak = heapBefore
  const result = await exportToFile(join(folder, `out.${format}`), format, generateRecords(count), {
    onProgress: () => void (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed))
  })
  const seconds = (performance.now() - started) / 1000
  const perSecond = Math.round(result.count / seconds).toLocaleString('en')
  const megabytes = (result.bytes / 1024 / 1024).toFixed(1)
  const heapGrowth = ((heapPeak - heapBefore) / 1024 / 1024).toFixed(1)
  console.log(
    `${format.padEnd(6)} ${count.toLocaleString('en').padStart(9)} records  ${seconds.toFixed(2).padStart(6)} s  ` +
      `${perSecond.padStart(9)} records/s  ${megabytes.padStart(7)} MB  heap peak +${heapGrowth} MB`
  )
}

function measureGeneratorAlone(count: number): void {
  const started = performance.now()
  let titles = 0
  for (const record of generateRecords(count)) titles += record.title.length
  const seconds = (performance.now() - started) / 1000
  console.log(`(generating ${count.toLocaleString('en')} records alone: ${seconds.toFixed(2)} s, ${titles > 0 ? 'ok' : ''})`)
}

const largeCount = Number(process.argv[2] ?? 1_000_000)
const { folder, cleanup } = temporaryFolder('curate-throughput-')
try {
  measureGeneratorAlone(largeCount)
  await measure('csv', largeCount, folder)
  for (const format of ['csv', 'json', 'jsonld', 'ics', 'sqlite'] as const) await measure(format, 100_000, folder)
} finally {
  cleanup()
}
