import type { CellReaders } from './cells'
import { fieldForHeader, type CsvField } from './fields'

/** Share of a column's filled cells that must read as dates (or countries) for the column to count as one. */
const MAJORITY = 0.6
const SAMPLE_ROWS = 50

/**
 * True when a first row is a header by its names: every cell is a known column name, or
 * some are and none holds a number (data rows carry dates; headers rarely have digits).
 */
export function isHeaderByNames(cells: readonly string[]): boolean {
  const known = cells.filter((cell) => fieldForHeader(cell) !== null).length
  if (known === 0) return false
  if (known === cells.length) return true
  return !cells.some((cell) => /\d{2}/.test(cell))
}

interface ColumnProfile {
  dateShare: number
  countryShare: number
  numericShare: number
  averageLength: number
  filled: number
}

function profileColumn(rows: readonly string[][], column: number, readers: CellReaders): ColumnProfile {
  let filled = 0
  let dates = 0
  let countries = 0
  let numeric = 0
  let length = 0
  for (const row of rows) {
    const cell = (row[column] ?? '').trim()
    if (!cell) continue
    filled++
    length += cell.length
    if (readers.date(cell)?.wholeCell) dates++
    else if (/^[\d\s.,:/-]+$/.test(cell)) numeric++
    else if (readers.country(cell)) countries++
  }
  const share = (count: number): number => (filled ? count / filled : 0)
  return {
    dateShare: share(dates),
    countryShare: share(countries),
    numericShare: share(numeric),
    averageLength: filled ? length / filled : 0,
    filled
  }
}

/**
 * For a file without a header of known names: which column is which, judged from content.
 * Dates and countries are recognised by the readers; the title is the first column of
 * plain text; the next plain text column of short values is taken for the place.
 */
export function guessFieldsFromContent(
  rows: readonly string[][],
  width: number,
  readers: CellReaders
): (CsvField | null)[] {
  const sample = rows.slice(0, SAMPLE_ROWS)
  const profiles = Array.from({ length: width }, (_, column) => profileColumn(sample, column, readers))
  const fields: (CsvField | null)[] = new Array<CsvField | null>(width).fill(null)

  const dateColumns = profiles.flatMap((p, i) => (p.filled && p.dateShare >= MAJORITY ? [i] : []))
  if (dateColumns.length === 1) fields[dateColumns[0]] = 'date'
  else if (dateColumns.length >= 2) {
    fields[dateColumns[0]] = 'startDate'
    fields[dateColumns[1]] = 'endDate'
  }
  const countryColumn = profiles.findIndex((p, i) => !fields[i] && p.filled && p.countryShare >= MAJORITY)
  if (countryColumn >= 0) fields[countryColumn] = 'country'

  const isText = (p: ColumnProfile, i: number): boolean =>
    !fields[i] && p.filled > 0 && p.numericShare < 0.5 && p.dateShare < MAJORITY
  const titleColumn = profiles.findIndex(isText)
  if (titleColumn >= 0) {
    fields[titleColumn] = 'title'
    const placeColumn = profiles.findIndex((p, i) => isText(p, i) && p.averageLength <= 60)
    if (placeColumn >= 0) fields[placeColumn] = 'place'
  }
  return fields
}

/**
 * A first row of unknown names ("Site name", "given_name") is still a header when every
 * cell is filled and none is a number or a date, while some column below holds numbers or
 * dates (the idea of Python's csv.Sniffer.has_header, kept simple).
 */
export function isHeaderByContent(first: readonly string[], dataRows: readonly string[][], readers: CellReaders): boolean {
  const cells = first.map((cell) => cell.trim())
  if (cells.some((cell) => cell === '' || /\d{2}/.test(cell) || readers.date(cell) !== null)) return false
  const sample = dataRows.slice(0, SAMPLE_ROWS)
  return cells.some((_, column) => {
    const p = profileColumn(sample, column, readers)
    return p.filled > 0 && p.dateShare + p.numericShare >= MAJORITY
  })
}

/** When a header names no title column, take the first unnamed column of plain text as the title. */
export function guessTitleColumn(rows: readonly string[][], fields: readonly (CsvField | null)[], readers: CellReaders): number {
  const sample = rows.slice(0, SAMPLE_ROWS)
  for (let column = 0; column < fields.length; column++) {
    if (fields[column] !== null) continue
    const p = profileColumn(sample, column, readers)
    if (p.filled > 0 && p.numericShare < 0.5 && p.dateShare < MAJORITY) return column
  }
  return -1
}
