import type { EventRecord } from '../../../shared/record'
import { DEFAULT_EXPORT_COLUMNS } from '../../../shared/contracts/export'
import { ChunkBuffer } from './chunks'
import { ExportError } from './errors'
import { RECORD_FIELDS } from './record-fields'
import { DEFAULT_TAG_SEPARATOR, type ExportOptions, type RenderSummary } from './types'

/** The columns an archivist usually wants, in reading order (shared with the export dialog). */
export const DEFAULT_CSV_COLUMNS = DEFAULT_EXPORT_COLUMNS

const BYTE_ORDER_MARK = '\uFEFF'
const LINE_END = '\r\n'
const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/*
 * CSV formula injection: a cell starting with =, +, -, @ may be run as a formula by Excel.
 * The usual guard (prefixing a quote) changes the value, and this export is archival data that
 * must round-trip exactly (titles like "-30% budget" or "@home" are real), so values are written
 * verbatim. Opening the file through Excel's import dialog (columns as Text) is the safe path;
 * the UI should say so next to the CSV option.
 */

/** RFC 4180 field: quoted only when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value
}

function cellText(value: EventRecord[keyof EventRecord], listSeparator: string): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.join(listSeparator)
  return String(value)
}

/** Rejects column names that are not record fields (the list may come from the untrusted renderer). */
export function checkColumns(columns: readonly string[]): (keyof EventRecord)[] {
  const known = new Set<string>(RECORD_FIELDS)
  const unknown = columns.filter((column) => !known.has(column))
  if (unknown.length > 0) {
    throw new ExportError('invalid-options', `cannot export: unknown column(s) ${unknown.join(', ')}`)
  }
  if (columns.length === 0) throw new ExportError('invalid-options', 'cannot export: no columns chosen')
  return columns as (keyof EventRecord)[]
}

export function* renderCsv(
  records: Iterable<EventRecord>,
  options: ExportOptions = {}
): Generator<string, RenderSummary> {
  const columns = checkColumns(options.columns ?? DEFAULT_CSV_COLUMNS)
  const separator = options.tagSeparator ?? DEFAULT_TAG_SEPARATOR
  const buffer = new ChunkBuffer()
  const header = columns.map(csvField).join(',') + LINE_END
  buffer.push((options.bom ? BYTE_ORDER_MARK : '') + header)

  let count = 0
  for (const record of records) {
    let line = ''
    for (let i = 0; i < columns.length; i++) {
      if (i > 0) line += ','
      line += csvField(cellText(record[columns[i]!], separator))
    }
    count++
    const chunk = buffer.push(line + LINE_END)
    if (chunk !== undefined) yield chunk
  }
  const rest = buffer.take()
  if (rest) yield rest
  return { count, skipped: 0 }
}
