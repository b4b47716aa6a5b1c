import type { EventRecord } from '../../../shared/record'
import { renderCsv } from './csv'
import { renderIcs } from './ics'
import { renderJson } from './json'
import { renderJsonLd } from './jsonld'
import { ExportError } from './errors'
import type { ExportOptions, RenderSummary, TextExportFormat } from './types'

/**
 * The text of an export as a stream of chunks (about 64 KB each). The generator's return value
 * (seen by callers that drive it with next()) says how many records were written and skipped.
 */
export function* renderChunks(
  format: TextExportFormat,
  records: Iterable<EventRecord>,
  options: ExportOptions = {}
): Generator<string, RenderSummary> {
  switch (format) {
    case 'csv':
      return yield* renderCsv(records, options)
    case 'json':
      return yield* renderJson(records, options)
    case 'jsonld':
      return yield* renderJsonLd(records)
    case 'ics':
      return yield* renderIcs(records, options)
    default: {
      const unknown: never = format
      throw new ExportError('invalid-options', `cannot export: unknown format ${String(unknown)}`)
    }
  }
}
