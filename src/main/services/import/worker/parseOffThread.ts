import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError } from '../../../../shared/errors'
import type { JobControl } from '../../jobs/jobRunner'
import { ParseError, type ParsedRecord, type ParseResult } from '../types'
import type { ParseJob, WorkerMessage } from './protocol'

/**
 * Inputs from this size (characters of text, or bytes) are parsed in a worker thread. Smaller
 * ones parse in a few tens of milliseconds in slices on the calling thread, where starting a
 * worker (and loading the gazetteer again there) would cost more than it saves.
 */
export const OFF_THREAD_FROM = 256 * 1024

/** How often a Cancel is looked for while the worker runs. */
const CANCEL_POLL_MS = 25

let workersAlive = 0

/** Parse workers started and not yet exited (for tests: a cancelled parse must leave none). */
export function parseWorkersAlive(): number {
  return workersAlive
}

export function shouldParseOffThread(input: Uint8Array | string): boolean {
  return input.length >= OFF_THREAD_FROM
}

/**
 * Where the worker's code is. From sources (tsx in the CLI and `npm run serve`, vitest) this
 * module is a .ts file and the worker starts through fromSources.mjs, which registers tsx. In the
 * built main process this module is bundled into out/main/ and the worker is its own entry there.
 */
export function parseWorkerEntry(here = import.meta.url): { file: URL; execArgv?: string[] } {
  if (/\.[cm]?ts$/.test(new URL(here).pathname)) return { file: new URL('./fromSources.mjs', here), execArgv: [] }
  // .js from electron-vite (out/main), .mjs from the compiled CLI and server (out/cli).
  for (const candidate of ['./parseWorker.js', '../parseWorker.js', './parseWorker.mjs']) {
    const file = new URL(candidate, here)
    if (existsSync(fileURLToPath(file))) return { file }
  }
  throw new Error(`the parse worker (parseWorker.js) is missing beside ${fileURLToPath(here)}`)
}

/**
 * Parses in a worker thread inside a job, reporting progress into from..to of the job. The calling
 * thread stays free to answer other calls; a Cancel terminates the worker at once, even in the
 * middle of a slice. A ParseError in the worker arrives as a ParseError with its sentence.
 */
export function parseOffThread(job: ParseJob, control: JobControl, from: number, to: number, message: string): Promise<ParseResult> {
  control.progress(from, message)
  const { file, execArgv } = parseWorkerEntry()
  const worker = new Worker(file, { workerData: job, execArgv })
  workersAlive++
  worker.once('exit', () => workersAlive--)
  return new Promise<ParseResult>((resolve, reject) => {
    const records: ParsedRecord[] = []
    let settled = false
    const finish = (settle: () => void): void => {
      if (settled) return
      settled = true
      clearInterval(watch)
      void worker.terminate()
      settle()
    }
    const fail = (error: unknown): void => finish(() => reject(error))
    const watch = setInterval(() => {
      if (control.cancelled) fail(new AppError('CANCELLED', 'cancelled'))
    }, CANCEL_POLL_MS)
    worker.on('message', (answer: WorkerMessage) => {
      switch (answer.type) {
        case 'progress':
          try {
            control.progress(from + Math.min(1, Math.max(0, answer.share)) * (to - from), message)
          } catch (error) {
            fail(error)
          }
          break
        case 'records':
          for (const record of answer.records) records.push(record)
          break
        case 'done':
          finish(() => resolve({ ...answer.result, records }))
          break
        case 'parseError':
          fail(new ParseError(answer.message))
          break
        case 'failed':
          fail(new Error(`the parse worker failed: ${answer.message}${answer.stack ? `\n${answer.stack}` : ''}`))
          break
      }
    })
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`the parse worker stopped (exit code ${code}) before it answered`)))
  })
}
