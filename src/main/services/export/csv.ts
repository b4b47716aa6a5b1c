import type { EventRecord } from '../../../shared/record'
import { DEFAULT_EXPORT_COLUMNS } from '../../../shared/contracts/export'
import { ChunkBuffer } from './chunks'
import { ExportError } from './errors'
import { RECORD_FIELDS } from './recordFields'
import { DEFAULT_TAG_SEPARATOR, type ExportOptions, type RenderSummary } from './types'

/** The columns an archivist usually wants, in reading order (shared with the export dialog). */
export const DEFAULT_CSV_COLUMNS = DEFAULT_EXPORT_COLUMNS

const BYTE_ORDER_MARK = '\uFEFF'
const LINE_END = '\r\n'
const NEEDS_QUOTES = /[",\r\n]/
const QUOTE = /"/g

/*
 * CSV formula injection (OWASP): a spreadsheet may run a cell starting with =, +, -, @, a tab
 * or a carriage return as a formula (`=HYPERLINK(...)`, `@SUM(...)`). By default such a cell is
 * written with a leading apostrophe, which spreadsheets show as text, and quoted. The value in
 * the file then differs from the record by that apostrophe, so the guard can be turned off
 * (`formulaGuard: false`, the CLI's --keep-formulas) for data meant for other programs; the
 * JSON export is the lossless one either way.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** The cell made inert for spreadsheets when it could start a formula. */
export function inertCell(value: string): string {
  return FORMULA_START.test(value) ? `"'${value.replace(QUOTE, '""')}"` : csvField(value)
}

/** RFC 4180 field: quoted only when it holds a quote, comma, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value
}

function cellText(value: EventRecord[keyof EventRecord], listSeparator: string): string {
  if (value === null || value === undefined) return ''
  if (Array.isArray(value)) return value.join(listSeparator)
  return String(value)
}

const [EQUALS, PLUS, MINUS, AT, TAB, CR] = ['=', '+', '-', '@', '\t', '\r'].map((c) => c.charCodeAt(0))

/**
 * One cell as `field` (csvField, or inertCell when `guard`) writes it, for the hot loop: most
 * cells are plain strings that need neither quotes nor the guard, and are returned as they are
 * after one scan (the formula test looks at the first character only). Same output, tested.
 */
function cell(value: EventRecord[keyof EventRecord], listSeparator: string, guard: boolean): string {
  const text = typeof value === 'string' ? value : cellText(value, listSeparator)
  if (text.length === 0) return text
  if (guard) {
    const first = text.charCodeAt(0)
    if (first === EQUALS || first === PLUS || first === MINUS || first === AT || first === TAB || first === CR) return `"'${text.replace(QUOTE, '""')}"`
  }
  return NEEDS_QUOTES.test(text) ? `"${text.replace(QUOTE, '""')}"` : text
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

  const guard = options.formulaGuard !== false
  const last = columns.length - 1
  let count = 0
  for (const record of records) {
    let line = ''
    for (let i = 0; i < last; i++) line += cell(record[columns[i]!], separator, guard) + ','
    line += cell(record[columns[last]!], separator, guard) + LINE_END
    count++
    const chunk = buffer.push(line)
    if (chunk !== undefined) yield chunk
  }
  const rest = buffer.take()
  if (rest) yield rest
  return { count, skipped: 0 }
}
