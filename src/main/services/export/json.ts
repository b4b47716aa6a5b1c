import type { EventRecord, RecordsEnvelope } from '../../../shared/record'
import { ChunkBuffer } from './chunks'
import type { ExportOptions, RenderSummary } from './types'

/**
 * The app's own RecordsEnvelope, streamed: the envelope head, then one record per line, then the
 * closing brackets. The result is ordinary JSON (JSON.parse reads it whole); records are
 * serialised as given so every field survives for the lossless JSON importer.
 */
export function* renderJson(
  records: Iterable<EventRecord>,
  options: ExportOptions = {}
): Generator<string, RenderSummary> {
  const head: Omit<RecordsEnvelope, 'records'> = {
    format: 'curate-records',
    version: 1,
    exportedAt: (options.now ?? new Date()).toISOString()
  }
  // Reuse JSON.stringify for the head so its escaping can never drift from the records'.
  const headJson = JSON.stringify(head)
  const buffer = new ChunkBuffer()
  buffer.push(`${headJson.slice(0, -1)},"records":[`)

  let count = 0
  for (const record of records) {
    const chunk = buffer.push((count === 0 ? '\n' : ',\n') + JSON.stringify(record))
    count++
    if (chunk !== undefined) yield chunk
  }
  buffer.push(count === 0 ? ']}\n' : '\n]}\n')
  yield buffer.take()
  return { count, skipped: 0 }
}
