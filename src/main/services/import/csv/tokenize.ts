/**
 * A linear CSV tokenizer (RFC 4180, leniently). Written here rather than taken from
 * papaparse because every row must carry the physical line it starts on and its verbatim
 * text, including rows whose quoted fields hold line breaks; papaparse reports neither
 * without its slower step mode. Rows are read one at a time so a large file's rows need
 * not all be alive at once (most of the cost of a big import is garbage collection).
 */

export interface CsvRow {
  fields: string[]
  /** 1-based physical line where the row starts. */
  line: number
  /** Character offsets of the row in the text, line break excluded. */
  start: number
  end: number
}

const QUOTE = 34
const LF = 10
const CR = 13
const SPACE = 32
const MAX_NOTICES = 5

export class CsvRowReader {
  private pos = 0
  private line = 1
  private unclosedQuotes = 0
  private readonly delim: number
  /** Past the last quote of the file no quoted field can close: knowing it keeps stray quotes linear. */
  private readonly lastQuote: number
  private readonly noticeList: string[] = []

  /** Set while reading a row that runs past the end of a piece of a stream (see `final`). */
  private incomplete = false
  private readonly final: boolean

  /**
   * `firstLine`: the line `text` starts on, when it is a piece of a longer file. `final: false`
   * says more text follows (a stream, see stream.ts): a row is then read only when it ends inside
   * `text` (its line break read, its quotes closed); otherwise next() returns null and leaves the
   * row, from `offset` on, for the next piece.
   */
  constructor(
    private readonly text: string,
    delimiter: string,
    options: { firstLine?: number; final?: boolean } = {}
  ) {
    this.delim = delimiter.charCodeAt(0)
    this.lastQuote = text.lastIndexOf('"')
    this.line = options.firstLine ?? 1
    this.final = options.final ?? true
  }

  /** The line the next row starts on. */
  get nextLine(): number {
    return this.line
  }

  /** Characters read so far, for progress. */
  get offset(): number {
    return this.pos
  }

  /** Lenient readings worth telling the archivist about (an unclosed quote...). */
  get notices(): string[] {
    const more = this.unclosedQuotes - MAX_NOTICES
    return more > 0 ? [...this.noticeList, `${more} more fields open a quote that never closes`] : [...this.noticeList]
  }

  next(): CsvRow | null {
    const { text, delim } = this
    const n = text.length
    if (this.pos >= n) return null
    const start = this.pos
    const line = this.line
    const unclosedBefore = this.unclosedQuotes
    const noticesBefore = this.noticeList.length
    const fields: string[] = []
    for (;;) {
      fields.push(this.readField())
      if (this.pos < n && text.charCodeAt(this.pos) === delim) {
        this.pos++
        continue
      }
      break
    }
    const end = this.pos
    // A row of a stream's piece is whole only with its line break read; a CR as the piece's last
    // character may be the first half of a CRLF.
    if (!this.final && (this.incomplete || this.pos >= n || (text.charCodeAt(this.pos) === CR && this.pos + 1 >= n))) {
      this.incomplete = false
      this.pos = start
      this.line = line
      this.unclosedQuotes = unclosedBefore
      this.noticeList.length = noticesBefore
      return null
    }
    if (this.pos < n) {
      // At a line break: CRLF, LF or a lone CR (old Mac files) all end the row.
      this.pos += text.charCodeAt(this.pos) === CR && text.charCodeAt(this.pos + 1) === LF ? 2 : 1
      this.line++
    }
    return { fields, line, start, end }
  }

  private readField(): string {
    const { text, delim } = this
    const quoteAt = quotedFieldStart(text, this.pos, delim)
    const close = quoteAt >= 0 && quoteAt < this.lastQuote ? findClosingQuote(text, quoteAt + 1) : -1
    if (quoteAt >= 0 && close >= 0) {
      const inner = text.slice(quoteAt + 1, close)
      let value = inner.includes('"') ? inner.replace(/""/g, '"') : inner
      this.line += countLineBreaks(text, quoteAt + 1, close)
      // Text after the closing quote ("abc"def) is kept rather than dropped.
      const tailEnd = scanUnquoted(text, close + 1, delim)
      if (tailEnd > close + 1) value += text.slice(close + 1, tailEnd)
      this.pos = tailEnd
      return value
    }
    if (quoteAt >= 0 && !this.final) {
      // The closing quote may be in the next piece.
      this.incomplete = true
      this.pos = text.length
      return ''
    }
    if (quoteAt >= 0 && ++this.unclosedQuotes <= MAX_NOTICES) {
      this.noticeList.push(`line ${this.line}: a quote opens a field but never closes; the field was read as plain text`)
    }
    const end = scanUnquoted(text, this.pos, delim)
    const value = text.slice(this.pos, end)
    this.pos = end
    return value
  }
}

/** All rows (or the first maxRows) at once: for samples and tests. */
export function tokenizeCsv(text: string, delimiter: string, maxRows = Infinity): { rows: CsvRow[]; notices: string[] } {
  const reader = new CsvRowReader(text, delimiter)
  const rows: CsvRow[] = []
  for (let row = reader.next(); row; row = rows.length < maxRows ? reader.next() : null) rows.push(row)
  return { rows, notices: reader.notices }
}

/** Offset of the opening quote when the field at pos is quoted (spaces before it allowed), else -1. */
function quotedFieldStart(text: string, pos: number, delim: number): number {
  let i = pos
  while (text.charCodeAt(i) === SPACE && delim !== SPACE) i++
  return text.charCodeAt(i) === QUOTE ? i : -1
}

/** Offset of the quote that closes a quoted field whose content starts at from, or -1. */
function findClosingQuote(text: string, from: number): number {
  let i = from
  for (;;) {
    const q = text.indexOf('"', i)
    if (q < 0) return -1
    if (text.charCodeAt(q + 1) === QUOTE) {
      i = q + 2
      continue
    }
    return q
  }
}

function scanUnquoted(text: string, from: number, delim: number): number {
  const n = text.length
  let i = from
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === delim || c === LF || c === CR) break
    i++
  }
  return i
}

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === LF) count++
    else if (c === CR && text.charCodeAt(i + 1) !== LF) count++
  }
  return count
}
