/** What every importer (text, CSV, JSON) produces before anything touches the database. */

export interface ParsedRecord {
  title: string
  startDate: string | null
  endDate: string | null
  dateText: string | null
  place: string | null
  city: string | null
  country: string | null
  countryCode: string | null
  notes: string | null
  tags: string[]
  /** 1-based line where the record's text starts. */
  sourceLine: number
  /** The source line(s) the record was read from, verbatim. */
  sourceText: string
  /** 0..1: how sure the parser is of its reading. */
  confidence: number
  /** Human-readable, e.g. "no place", "year taken from heading 'Programme 2018'". */
  warnings: string[]
  /** Only for the app's own JSON export: the original identity and bookkeeping, kept for lossless re-import. */
  original?: import('../../../shared/record').EventRecord
}

export interface SkippedLine {
  /** 1-based line number. */
  line: number
  text: string
  reason: string
}

export interface ParseResult {
  format: 'text' | 'csv' | 'json'
  records: ParsedRecord[]
  skipped: SkippedLine[]
  /** Problems with the whole input that did not stop parsing (e.g. "decoded as Windows-1252"). */
  notices: string[]
  /** CSV only: the column mapping used (source header -> record field or null for ignored). */
  columns?: { header: string; field: string | null }[]
  /** Listing text read with `profiles` given: the page's shape and the profile it was read with. */
  reading?: import('./profiles/choose').ChosenReading
}

export interface ParseOptions {
  /** Year to assume where the text gives none and no heading supplies one. Never guessed from the clock. */
  year?: number
  /** CSV only: override of the detected mapping, by column index. */
  columnMap?: (string | null)[]
  /** Listing text only: the archivist's corrections of the reading (src/shared/readingInstructions.ts), after the profile's. */
  instructions?: readonly import('../../../shared/readingInstructions').ReadingInstruction[]
  /** Listing text only: the saved profiles to match the page against; given, the result says which was used (`reading`). */
  profiles?: readonly import('./profiles/choose').ProfileCandidate[]
  /** With `profiles`: the matching one ('auto', the default), this one, or none. */
  profile?: import('./profiles/choose').ProfileChoice
  /** Called now and then with the share done (0..1); return true to cancel. */
  onProgress?: (done: number) => boolean | void
}

/** Thrown for input that cannot be read at all; names the line when there is one. */
export class ParseError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null
  ) {
    super(line === null ? message : `line ${line}: ${message}`)
    this.name = 'ParseError'
  }
}
