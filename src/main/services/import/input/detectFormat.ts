import { CellReaders } from '../csv/cells'
import { analyzeDelimiters, bestDelimiter, isBlankRow } from '../csv/delimiter'
import { isHeaderByContent } from '../csv/guessColumns'
import { tokenizeCsv } from '../csv/tokenize'

export type InputFormat = 'text' | 'csv' | 'json'

const EXTENSIONS: Record<string, InputFormat> = { json: 'json', csv: 'csv', tsv: 'csv', tab: 'csv' }

/**
 * Which importer should read a text: the file extension when it names one (.json, .csv,
 * .tsv), else the content. JSON: starts like an object or a list of objects. CSV: a first
 * row of known column names, or rows that a delimiter splits regularly. Otherwise listing text.
 */
export function detectFormat(text: string, fileName?: string): InputFormat {
  const byName = fileName ? formatFromExtension(fileName) : null
  return byName ?? formatFromContent(text)
}

export function formatFromExtension(fileName: string): InputFormat | null {
  const dot = fileName.lastIndexOf('.')
  if (dot < 0) return null
  return EXTENSIONS[fileName.slice(dot + 1).toLowerCase()] ?? null
}

/** The delimiter a file name implies: tab for .tsv/.tab; nothing for .csv (Excel writes semicolons in much of Europe). */
export function delimiterFromExtension(fileName: string | undefined): string | undefined {
  const ext = fileName?.slice(fileName.lastIndexOf('.') + 1).toLowerCase()
  return ext === 'tsv' || ext === 'tab' ? '\t' : undefined
}

function formatFromContent(text: string): InputFormat {
  if (looksLikeJson(text)) return 'json'
  return looksLikeCsv(text) ? 'csv' : 'text'
}

/**
 * '{' then '"' or '}', or '[' then '{', '[' or ']'. A listing line may start with "[fr]", so
 * a bracket alone is not enough.
 */
function looksLikeJson(text: string): boolean {
  const head = text.slice(0, 1024).replace(/^\uFEFF/, '').trimStart()
  return /^\{\s*(?:"|\}|$)/.test(head) || /^\[\s*(?:[{[\]]|$)/.test(head)
}

function looksLikeCsv(text: string): boolean {
  // Excel's "sep=;" line names the delimiter: only spreadsheets write it.
  if (/^\uFEFF?sep=[^\r\n](?:\r\n|\r|\n)/i.test(text)) return true
  const best = bestDelimiter(analyzeDelimiters(text))
  if (!best) return false
  // A header of two known names is strong evidence on its own.
  if (best.headerMatches >= 2) return true
  // Listing text is blocks separated by blank lines, and its "City, Country" lines split in
  // two by a comma; CSV rows are dense and regular. Ask more of commas than of rarer delimiters.
  const minFields = best.delimiter === ',' ? 3 : 2
  const regular = best.sampledRows >= 3 && best.fieldCount >= minFields && best.consistency >= 0.8 && best.blankShare <= 0.2
  return regular && looksTabular(text, best.delimiter)
}

const DATE_SAMPLE_ROWS = 40

/**
 * Without a header of known names, regular rows are CSV only if they look like a table: a
 * header row over columns of numbers or dates, or a column of dates on their own. A listing of
 * "12 May 2010 – Annual meeting, Paris, France" lines splits regularly too, but its dates sit
 * inside other text and the listing reader does better with it.
 */
function looksTabular(text: string, delimiter: string): boolean {
  const rows = tokenizeCsv(text.slice(0, 65_536), delimiter, DATE_SAMPLE_ROWS)
    .rows.map((row) => row.fields)
    .filter((fields) => !isBlankRow(fields))
  const readers = new CellReaders()
  if (rows.length > 1 && isHeaderByContent(rows[0], rows.slice(1), readers)) return true
  const width = Math.max(...rows.map((fields) => fields.length))
  for (let column = 0; column < width; column++) {
    let filled = 0
    let dates = 0
    for (const fields of rows) {
      const cell = fields[column]?.trim()
      if (!cell) continue
      filled++
      if (readers.date(cell)?.wholeCell) dates++
    }
    if (filled > 0 && dates / filled >= 0.6) return true
  }
  return false
}
