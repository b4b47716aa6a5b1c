/**
 * One line per measurement, so `npm run bench` can collect the results of each benchmark
 * script it runs as a child process (which also gives each job its own peak memory).
 */
export interface Measurement {
  job: string
  size: number
  /** Wall-clock time of each run, in milliseconds. */
  runsMs: number[]
  /** Items processed per run (records, rows), for throughput. */
  items: number
  /** The figure the issues set, when there is one. */
  targetMs?: number
  /** Which statistic the target applies to. */
  statistic?: 'median' | 'p95'
  note?: string
  /** Peak resident memory in MB: of the benchmark process so far (filled in by report()), unless the script measured a child's. */
  peakRssMb?: number
  /** The job (same size) this one is compared with: `npm run bench` prints the ratio of their medians. */
  comparedWith?: string
}

export const MARK = '@@bench '
/** A job that could not run here, and why (a missing reference program, an input too large). */
export const SKIP_MARK = '@@bench-skipped '

export function skipped(job: string, reason: string): void {
  if (process.argv.includes('--json')) process.stdout.write(`${SKIP_MARK}${JSON.stringify({ job, reason })}\n`)
  else console.log(`${job}: skipped, ${reason}`)
}

export function report(measurement: Measurement): void {
  measurement = { ...measurement, peakRssMb: measurement.peakRssMb ?? Math.round(process.resourceUsage().maxRSS / 1024) }
  if (process.argv.includes('--json')) process.stdout.write(`${MARK}${JSON.stringify(measurement)}\n`)
  else {
    const sorted = [...measurement.runsMs].sort((a, b) => a - b)
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0
    const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0
    console.log(`${measurement.job} @ ${measurement.size}: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms over ${sorted.length} runs${measurement.note ? ` (${measurement.note})` : ''}`)
  }
}

/** Times `work` `runs` times (after `warmup` untimed runs). */
export async function timeRuns(runs: number, work: (run: number) => unknown, warmup = 0): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await work(-1 - i)
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await work(i)
    times.push(performance.now() - started)
  }
  return times
}
