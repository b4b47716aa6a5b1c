import { runSteps, type ParseSteps } from '../steps'
import { ParseError, type ParseOptions, type ParseResult, type ParsedRecord, type SkippedLine } from '../types'
import { buildRecord, planColumns } from './buildRecord'
import { CellReaders } from './cells'
import { detectDelimiter, isBlankRow } from './delimiter'
import { isCsvField, mapColumns, CSV_FIELDS, type CsvField } from './fields'
import { guessFieldsFromContent, guessTitleColumn, isHeaderByContent, isHeaderByNames } from './guessColumns'
import { CsvRowReader, type CsvRow } from './tokenize'

export type CsvParseOptions = ParseOptions & { delimiter?: string }

const PROGRESS_EVERY_ROWS = 2000
/** Rows read before deciding the layout; they also feed the content-based column guess. */
export const SAMPLE_ROWS = 200

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' }

/**
 * Reads CSV/TSV into records: delimiter and header detection, column mapping by header
 * name (or options.columnMap, by index), one record per row.
 *
 * Ragged rows (a field count different from the header's) are skipped with a reason naming
 * their line, because shifting cells into the wrong columns would be worse than leaving a row
 * out; trailing empty fields (a spreadsheet's "a,b,c,,") are not ragged. When more than half
 * of the rows are ragged the file is refused: the delimiter or the quoting must be wrong, and
 * the archivist is better served by one clear error than by a preview of skipped rows.
 */
export function parseCsv(text: string, options: CsvParseOptions = {}): ParseResult {
  return runSteps(csvSteps(text, options), options.onProgress)
}

/** parseCsv in slices (see ../steps): yields the share of the text read every PROGRESS_EVERY_ROWS rows. */
export function* csvSteps(text: string, options: Omit<CsvParseOptions, 'onProgress'> = {}): ParseSteps<ParseResult> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const sepLine = SEP_LINE.exec(body)
  const delimiter = chooseDelimiter(body, sepLine, options.delimiter)
  const reader = new CsvRowReader(body, delimiter)
  if (sepLine) reader.next()
  const sample = readSample(reader)
  if (sample.length === 0) throw new ParseError('the file holds no rows')

  const readers = new CellReaders(options.year)
  const notices: string[] = []
  const layout = readLayout(sample, readers, notices, options.columnMap)
  const width = layout.headers.length
  const plan = planColumns(layout.fields)
  const canBuild = layout.fields.includes('title')

  const records: ParsedRecord[] = []
  const skipped: SkippedLine[] = []
  let dataRows = 0
  let ragged = 0
  let firstRaggedLine = 0
  const readRow = (row: CsvRow): void => {
    dataRows++
    const sourceText = body.slice(row.start, row.end)
    const cells = withoutTrailingEmptyFields(row.fields, width)
    if (cells.length !== width) {
      if (ragged++ === 0) firstRaggedLine = row.line
      skipped.push({ line: row.line, text: sourceText, reason: `${cells.length} fields where the header has ${width}` })
      return
    }
    if (!canBuild) return
    const outcome = buildRecord(cells, plan, readers, row.line, sourceText)
    if ('record' in outcome) records.push(outcome.record)
    else skipped.push({ line: row.line, text: sourceText, reason: outcome.skipReason })
  }

  yield 0
  for (const row of layout.hasHeader ? sample.slice(1) : sample) readRow(row)
  for (let row = reader.next(); row; row = reader.next()) {
    if (isBlankRow(row.fields)) continue
    readRow(row)
    if (dataRows % PROGRESS_EVERY_ROWS === 0) yield reader.offset / body.length
  }
  assertRowsReadable({ hasHeader: layout.hasHeader, headerLine: sample[0].line, dataRows, ragged, firstRaggedLine, width, delimiter })
  yield 1

  return {
    format: 'csv',
    records,
    skipped,
    notices: [...reader.notices, ...notices],
    columns: layout.headers.map((header, i) => ({ header, field: layout.fields[i] ?? null }))
  }
}

/** The checks made once every row is read: a header with nothing under it, or mostly ragged rows, refuse the file. */
/** Excel may write a "sep=;" line before the header to name the delimiter. */
export const SEP_LINE = /^sep=([^\r\n])(?:\r\n|\r|\n)/i

/** The delimiter asked for, else the one a "sep=" line names, else the one the text's first lines show. */
export function chooseDelimiter(body: string, sepLine: RegExpExecArray | null, asked: string | undefined): string {
  const delimiter = asked ?? sepLine?.[1] ?? detectDelimiter(body)
  if (delimiter.length !== 1 || /["\r\n]/.test(delimiter)) {
    throw new ParseError(`the CSV delimiter must be one character other than a quote or line break, not ${JSON.stringify(delimiter)}`)
  }
  return delimiter
}

export function assertRowsReadable(counts: {
  hasHeader: boolean
  headerLine: number
  dataRows: number
  ragged: number
  firstRaggedLine: number
  width: number
  delimiter: string
}): void {
  const { dataRows, ragged, width } = counts
  if (counts.hasHeader && dataRows === 0) {
    throw new ParseError('the file has a header row but no rows of data under it', counts.headerLine)
  }
  if (ragged >= 2 && ragged * 2 > dataRows) {
    const name = DELIMITER_NAMES[counts.delimiter] ?? `'${counts.delimiter}'`
    throw new ParseError(
      `most rows (${ragged} of ${dataRows}) do not have the ${width} fields of the first row, ` +
        `the first of them here; read with ${name} as the delimiter. Check the delimiter and the quotes`,
      counts.firstRaggedLine
    )
  }
}

/** The first non-blank rows: enough to judge the header and guess columns from content. */
export function readSample(reader: CsvRowReader): CsvRow[] {
  const rows: CsvRow[] = []
  for (let row = reader.next(); row; row = rows.length < SAMPLE_ROWS ? reader.next() : null) {
    if (!isBlankRow(row.fields)) rows.push(row)
  }
  return rows
}

export interface Layout {
  hasHeader: boolean
  headers: string[]
  fields: (CsvField | null)[]
}

export function readLayout(
  rows: readonly CsvRow[],
  readers: CellReaders,
  notices: string[],
  columnMap: (string | null)[] | undefined
): Layout {
  const first = rows[0].fields.map((cell) => cell.trim())
  let layout: Layout
  if (isHeaderByNames(first)) {
    layout = { hasHeader: true, headers: first, fields: mapColumns(first) }
  } else {
    const width = mostCommonWidth(rows)
    const cells = rows.map((row) => row.fields)
    if (first.length === width && cells.length > 1 && isHeaderByContent(first, cells.slice(1), readers)) {
      layout = { hasHeader: true, headers: first, fields: guessFieldsFromContent(cells.slice(1), width, readers) }
      notices.push('the column names are not ones the importer knows; columns were guessed from their content. Check the mapping')
    } else {
      const headers = Array.from({ length: width }, (_, i) => `column ${i + 1}`)
      layout = { hasHeader: false, headers, fields: guessFieldsFromContent(cells, width, readers) }
      notices.push('the first row is not a header; columns were guessed from their content. Check the mapping')
    }
  }

  if (columnMap) {
    layout.fields = applyColumnMap(layout.headers.length, columnMap)
    if (!layout.fields.includes('title')) notices.push('no column is mapped to the title, so no record can be read; choose the title column')
  } else if (!layout.fields.includes('title')) {
    const column = guessTitleColumn(rows.slice(layout.hasHeader ? 1 : 0).map((r) => r.fields), layout.fields, readers)
    if (column >= 0) {
      layout.fields[column] = 'title'
      notices.push(`no column is named as the title; column '${layout.headers[column]}' was taken for it`)
    } else notices.push('no column holds a title, so no record can be read; choose the title column')
  }
  return layout
}

/** options.columnMap replaces the detected mapping: one entry per column, null to ignore it. */
function applyColumnMap(width: number, columnMap: readonly (string | null)[]): (CsvField | null)[] {
  return Array.from({ length: width }, (_, i) => {
    const field = columnMap[i] ?? null
    if (field === null || field === '') return null
    if (!isCsvField(field)) {
      throw new ParseError(`column map entry ${i + 1} names an unknown field '${field}'; the fields are ${CSV_FIELDS.join(', ')}`)
    }
    return field
  })
}

function mostCommonWidth(rows: readonly CsvRow[]): number {
  const counts = new Map<number, number>()
  let width = rows[0].fields.length
  let best = 0
  for (const row of rows) {
    const times = (counts.get(row.fields.length) ?? 0) + 1
    counts.set(row.fields.length, times)
    if (times > best) {
      best = times
      width = row.fields.length
    }
  }
  return width
}

export function withoutTrailingEmptyFields(fields: string[], width: number): string[] {
  if (fields.length <= width) return fields
  for (let i = width; i < fields.length; i++) if (fields[i].trim() !== '') return fields
  return fields.slice(0, width)
}
