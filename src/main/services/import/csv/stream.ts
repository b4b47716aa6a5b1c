/**
 * CSV read as a stream: text arrives in pieces of any size (cut anywhere, even inside a quoted
 * field or a CRLF) and complete rows come out as records, so a file of any size is read with
 * memory that follows the piece, not the file. Gives the same records, skipped lines, notices and
 * columns as parseCsv on the whole text (tested with pieces cut at random), with one exception
 * for broken files: a quote still open after MAX_OPEN_QUOTE characters is read as plain text
 * there, where the whole-file reader looks for its closing quote to the end of the file.
 */

import { ParseError, type ParseOptions, type ParsedRecord, type SkippedLine } from '../types'
import { LineLengthGuard, MAX_LINE_CHARS } from '../input/lineLength'
import { buildRecord, planColumns } from './buildRecord'
import { CellReaders } from './cells'
import { isBlankRow } from './delimiter'
import { assertRowsReadable, chooseDelimiter, readLayout, readSample, SAMPLE_ROWS, SEP_LINE, withoutTrailingEmptyFields, type Layout } from './parseCsv'
import { CsvRowReader, type CsvRow } from './tokenize'

export type CsvStreamOptions = Pick<ParseOptions, 'year' | 'columnMap'> & { delimiter?: string }

export interface CsvBatch {
  records: ParsedRecord[]
  skipped: SkippedLine[]
}

/** The delimiter is judged on the first 64 KB (delimiter.ts): the layout waits for at least that much. */
const DELIMITER_SAMPLE_CHARS = 65_536
/** The layout is decided on SAMPLE_ROWS rows, or on what this much text holds when its rows are longer. */
const LAYOUT_MAX_CHARS = 8 * 1024 * 1024
/** A quoted field longer than this without its closing quote is taken for a stray quote. */
const MAX_OPEN_QUOTE = 1024 * 1024

interface Reading {
  delimiter: string
  layout: Layout
  width: number
  plan: ReturnType<typeof planColumns>
  canBuild: boolean
}

export class CsvStream {
  private pending = ''
  private line = 1
  private started = false
  private reading: Reading | null = null
  private readonly readers: CellReaders
  private readonly layoutNotices: string[] = []
  private readonly readerNotices: string[] = []
  private headerLine = 1
  private dataRows = 0
  private ragged = 0
  private firstRaggedLine = 0
  private readonly lineLengths = new LineLengthGuard(MAX_LINE_CHARS.csv, 'CSV')

  constructor(private readonly options: CsvStreamOptions = {}) {
    this.readers = new CellReaders(options.year)
  }

  /** Takes the next piece of text; returns the records of the rows it completed. */
  push(text: string): CsvBatch {
    this.lineLengths.feed(text)
    this.pending = this.pending === '' ? text : this.pending + text
    return this.readPending(false)
  }

  /** The end of the text: reads what is left and makes the whole-file checks (a ParseError if they fail). */
  end(): CsvBatch {
    const batch = this.readPending(true)
    if (this.reading === null) throw new ParseError('the file holds no rows')
    assertRowsReadable({
      hasHeader: this.reading.layout.hasHeader,
      headerLine: this.headerLine,
      dataRows: this.dataRows,
      ragged: this.ragged,
      firstRaggedLine: this.firstRaggedLine,
      width: this.reading.width,
      delimiter: this.reading.delimiter
    })
    return batch
  }

  get notices(): string[] {
    return [...this.readerNotices, ...this.layoutNotices]
  }

  get columns(): { header: string; field: string | null }[] {
    const layout = this.reading?.layout
    return layout ? layout.headers.map((header, i) => ({ header, field: layout.fields[i] ?? null })) : []
  }

  private readPending(final: boolean): CsvBatch {
    const batch: CsvBatch = { records: [], skipped: [] }
    if (!this.started) {
      if (!final && this.pending.length < 16) return batch
      if (this.pending.charCodeAt(0) === 0xfeff) this.pending = this.pending.slice(1)
      this.started = true
    }
    if (this.reading === null && !this.startReading(final, batch)) return batch
    this.readRows(final, batch)
    return batch
  }

  /** Decides delimiter, header and columns once enough text is in; false while more is needed. */
  private startReading(final: boolean, batch: CsvBatch): boolean {
    const text = this.pending
    if (!final && text.length < DELIMITER_SAMPLE_CHARS) return false
    const sepLine = SEP_LINE.exec(text)
    const delimiter = chooseDelimiter(text, sepLine, this.options.delimiter)
    const reader = new CsvRowReader(text, delimiter, { final })
    if (sepLine) reader.next()
    const sample = readSample(reader)
    if (!final && sample.length < SAMPLE_ROWS && text.length < LAYOUT_MAX_CHARS) return false
    if (sample.length === 0) {
      if (final) throw new ParseError('the file holds no rows')
      return false
    }
    const layout = readLayout(sample, this.readers, this.layoutNotices, this.options.columnMap)
    this.reading = { delimiter, layout, width: layout.headers.length, plan: planColumns(layout.fields), canBuild: layout.fields.includes('title') }
    this.headerLine = sample[0]!.line
    for (const row of layout.hasHeader ? sample.slice(1) : sample) this.readRow(row, text, batch)
    this.continueFrom(reader, final, batch)
    return true
  }

  private readRows(final: boolean, batch: CsvBatch): void {
    const text = this.pending
    const consumed = this.continueFrom(new CsvRowReader(text, this.reading!.delimiter, { firstLine: this.line, final }), final, batch)
    if (final || consumed > 0 || text.length <= MAX_OPEN_QUOTE) return
    // A quote still open after a megabyte is a stray one: the lines up to the last break are read to their end.
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'))
    if (lastBreak < 0) return
    this.continueFrom(new CsvRowReader(text.slice(0, lastBreak + 1), this.reading!.delimiter, { firstLine: this.line, final: true }), true, batch)
  }

  /** Reads rows until the reader needs more text; keeps the rest of the text (and its line) for the next piece. Returns the characters read. */
  private continueFrom(reader: CsvRowReader, final: boolean, batch: CsvBatch): number {
    const text = this.pending
    const from = reader.offset
    for (let row = reader.next(); row; row = reader.next()) {
      if (isBlankRow(row.fields)) continue
      this.readRow(row, text, batch)
    }
    if (final) this.readerNotices.push(...reader.notices)
    this.line = reader.nextLine
    this.pending = text.slice(reader.offset)
    return reader.offset - from
  }

  private readRow(row: CsvRow, text: string, batch: CsvBatch): void {
    const { width, plan, canBuild } = this.reading!
    this.dataRows++
    const sourceText = text.slice(row.start, row.end)
    const cells = withoutTrailingEmptyFields(row.fields, width)
    if (cells.length !== width) {
      if (this.ragged++ === 0) this.firstRaggedLine = row.line
      batch.skipped.push({ line: row.line, text: sourceText, reason: `${cells.length} fields where the header has ${width}` })
      return
    }
    if (!canBuild) return
    const outcome = buildRecord(cells, plan, this.readers, row.line, sourceText)
    if ('record' in outcome) batch.records.push(outcome.record)
    else batch.skipped.push({ line: row.line, text: sourceText, reason: outcome.skipReason })
  }
}

