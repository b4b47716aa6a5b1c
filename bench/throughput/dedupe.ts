/**
 * Measures a full duplicate scan on generated listings: wall time, CPU time, peak memory and
 * precision/recall against the ground truth. Run: npx tsx bench/throughput/dedupe.ts 100000
 * (not a test: timings depend on the machine and its load).
 */
import { generateListings } from '../../test/generator/generateListings'
import { findDuplicatePairs, lastScanStatistics } from '../../src/main/services/dedupe'

const count = Number(process.argv[2] ?? 100_000)
const seed = Number(process.argv[3] ?? 1)
let peakRss = 0
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
const sampleNow = (): void => void (peakRss = Math.max(peakRss, process.memoryUsage().rss))

const generateStart = performance.now()
const { records, duplicatePairs } = generateListings({ seed, count })
const generateMs = performance.now() - generateStart
sampleNow()

const cpuStart = process.cpuUsage()
const scanStart = performance.now()
// A progress callback samples memory too, since the scan never yields to the timer.
const pairs = findDuplicatePairs(records, { onProgress: () => sampleNow() })
const scanMs = performance.now() - scanStart
const cpu = process.cpuUsage(cpuStart)
sampleNow()
clearInterval(sampler)

const truth = new Set(duplicatePairs.map(([a, b]) => `${a}:${b}`))
let truePositives = 0
for (const pair of pairs) if (truth.has(`${pair.a}:${pair.b}`)) truePositives++
const precision = pairs.length === 0 ? 1 : truePositives / pairs.length
const recall = truth.size === 0 ? 1 : truePositives / truth.size
console.log(
  JSON.stringify(
    {
      count,
      generateSeconds: +(generateMs / 1000).toFixed(2),
      scanSeconds: +(scanMs / 1000).toFixed(2),
      scanCpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
      peakRssMB: Math.round(peakRss / 1e6),
      stats: lastScanStatistics(),
      truthPairs: truth.size,
      foundPairs: pairs.length,
      precision: +precision.toFixed(4),
      recall: +recall.toFixed(4),
      f1: +((2 * precision * recall) / (precision + recall)).toFixed(4)
    },
    null,
    2
  )
)
