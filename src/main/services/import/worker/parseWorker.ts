/**
 * The parse worker (node:worker_threads): reads one input off the main thread, so the process
 * that serves the UI (Electron's main process, the browser-mode server) keeps answering while a
 * big listing is parsed, and a Cancel ends the worker at once. Built as its own entry
 * (out/main/parseWorker.js, see electron.vite.config.ts); from sources it runs through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { parseInputSteps } from '../index'
import { ParseError } from '../types'
import { RECORDS_PER_MESSAGE, type ParseJob, type WorkerMessage } from './protocol'

/** Progress is posted at most this often; more would only cost messages. */
const PROGRESS_EVERY_MS = 50

function post(message: WorkerMessage): void {
  parentPort!.postMessage(message)
}

function run(job: ParseJob): void {
  let lastPost = 0
  const steps = parseInputSteps(job.input, job.options)
  for (;;) {
    const step = steps.next()
    if (step.done) {
      const { records, ...rest } = step.value
      for (let i = 0; i < records.length; i += RECORDS_PER_MESSAGE) post({ type: 'records', records: records.slice(i, i + RECORDS_PER_MESSAGE) })
      post({ type: 'done', result: rest })
      return
    }
    const now = Date.now()
    if (now - lastPost >= PROGRESS_EVERY_MS) {
      post({ type: 'progress', share: step.value })
      lastPost = now
    }
  }
}

try {
  run(workerData as ParseJob)
} catch (error) {
  if (error instanceof ParseError) post({ type: 'parseError', message: error.message })
  else post({ type: 'failed', message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? (error.stack ?? null) : null })
}
