/**
 * Issue 16: long parses run off the main thread, so the process serving the UI keeps answering
 * and a Cancel lands at once. A listing of 2.6 MB is read through import:preview as the app
 * does (dispatch, a job, polling); meanwhile other calls are made, and how busy this thread's
 * event loop was is measured. Parsed on the calling thread the loop is busy nearly all the time
 * and stalls for most of a second at a time.
 */
import { describe, expect, it } from 'vitest'
import type { JobInfo } from '../../../../shared/contracts/jobs'
import type { ImportPreview } from '../../../../shared/contracts/import'
import { fixtureText, sessionsPerTest } from '../pipeline/testing'
import { OFF_THREAD_FROM, parseWorkerEntry, parseWorkersAlive } from './parseOffThread'

const READING = 'reading the listing'
const session = sessionsPerTest()

/** The ICC page over and over: about 2.6 MB, 25,000 events. */
const bigListing = (copies = 350): string => Array.from({ length: copies }, fixtureText).join('\n\n')

/** Longest gap between ticks of a 5 ms timer while it runs: how long the event loop was blocked. */
function stallMeter(): { stop: () => number } {
  let last = performance.now()
  let longest = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 5)
  return {
    stop: () => {
      clearInterval(timer)
      return longest
    }
  }
}

const until = async (check: () => Promise<boolean>, ms = 60_000): Promise<void> => {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('a large listing is parsed off the main thread', () => {
  it('other calls answer quickly while it is parsed, and the preview is whole', async () => {
    const s = session()
    await s.call('records:create', { fields: { title: 'Already here', startDate: '2015-10-29', endDate: '2015-10-30' } })
    const text = bigListing()
    expect(text.length).toBeGreaterThan(OFF_THREAD_FROM)
    const job = await s.call<JobInfo>('import:preview', { text })
    const meter = stallMeter()
    const loopAtStart = performance.eventLoopUtilization()
    let slowestCall = 0
    let callsWhileParsing = 0
    let loopBusy = 0
    for (;;) {
      const started = performance.now()
      const info = await s.call<JobInfo>('jobs:get', { id: job.id })
      const page = await s.call<{ total: number }>('records:query', { search: 'already', limit: 10 })
      const took = performance.now() - started
      if (info.state !== 'running' || (info.message !== READING && info.message !== 'starting')) break
      loopBusy = performance.eventLoopUtilization(loopAtStart).utilization
      expect(page.total).toBe(1)
      slowestCall = Math.max(slowestCall, took)
      if (info.message === READING) callsWhileParsing++
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    const longestStall = meter.stop()
    const done = await s.services.jobs.wait(job.id)
    expect(done.state).toBe('done')
    expect((done.result as ImportPreview).records.length).toBe(350 * 73)
    // The parse takes seconds; the calls kept coming through it. The share of time this thread's
    // event loop was busy is the measure that does not depend on how loaded the machine is (on a
    // loaded machine the thread may wait for a core whoever parses); the wall-clock bounds are loose.
    expect(callsWhileParsing).toBeGreaterThanOrEqual(5)
    expect(loopBusy).toBeLessThan(0.5)
    expect(slowestCall).toBeLessThan(1000)
    expect(longestStall).toBeLessThan(1000)
    await until(async () => parseWorkersAlive() === 0, 2000)
  }, 120_000)

  it('a Cancel stops the parse at once and ends its worker', async () => {
    const s = session()
    const job = await s.call<JobInfo>('import:preview', { text: bigListing() })
    await until(async () => (await s.call<JobInfo>('jobs:get', { id: job.id })).progress > 0.05)
    expect(parseWorkersAlive()).toBeGreaterThan(0)
    const asked = performance.now()
    await s.call('jobs:cancel', { id: job.id })
    const info = await s.services.jobs.wait(job.id, 2)
    expect(info.state).toBe('cancelled')
    expect(performance.now() - asked).toBeLessThan(500)
    await until(async () => parseWorkersAlive() === 0, 2000)
  }, 120_000)

  it('an input the parser refuses fails with its sentence naming the line, as on the main thread', async () => {
    const s = session()
    const text = `${bigListing(40)}\n\n${'word '.repeat(4000)}\n`
    const info = await s.previewJob({ text })
    expect(info.state).toBe('failed')
    expect(info.error).toMatchObject({ code: 'PARSE_ERROR', message: expect.stringMatching(/^line \d+: /) })
    await until(async () => parseWorkersAlive() === 0, 2000)
  }, 120_000)
})

describe('where the worker is found', () => {
  it('from sources, through the tsx starter beside this file', () => {
    expect(parseWorkerEntry().file.pathname).toMatch(/\/worker\/fromSources\.mjs$/)
  })
  it('in a build without the worker beside it, a clear error', () => {
    expect(() => parseWorkerEntry('file:///nowhere/out/main/index.js')).toThrow(/parse worker \(parseWorker\.js\) is missing/)
  })
})
