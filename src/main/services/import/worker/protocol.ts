import type { ParseInputOptions } from '../index'
import type { ParsedRecord, ParseResult } from '../types'

/** What the main thread asks of a parse worker: one input, read once. */
export interface ParseJob {
  input: Uint8Array | string
  options: Omit<ParseInputOptions, 'onProgress'>
}

/**
 * What the worker answers, in order: progress now and then, the records in batches (so the
 * main thread never spends long taking in one huge message), then the rest of the result, or
 * a failure. A ParseError is the archivist's fault and keeps its sentence; anything else is a bug.
 */
export type WorkerMessage =
  | { type: 'progress'; share: number }
  | { type: 'records'; records: ParsedRecord[] }
  | { type: 'done'; result: Omit<ParseResult, 'records'> }
  | { type: 'parseError'; message: string }
  | { type: 'failed'; message: string; stack: string | null }

/** Records per message: large enough to cost little in messages, small enough to take in at once. */
export const RECORDS_PER_MESSAGE = 2000
