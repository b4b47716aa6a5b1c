import type { ParsedRecord } from '../types'
import type { CellReaders } from './cells'
import type { CsvField } from './fields'
import { isEndBeforeStart } from './isoDate'
import { placeWarnings } from '../place'

export type RowOutcome = { record: ParsedRecord } | { skipReason: string }

/** Confidence lost for each kind of doubt about a row's reading. */
const PENALTY = {
  noDate: 0.4,
  unreadableDate: 0.4,
  dateWarning: 0.1,
  endBeforeStart: 0.3,
  endWithoutStart: 0.2,
  noPlace: 0.1,
  unknownCountry: 0.1
} as const

/** Which columns feed each field; made once per file so rows need no grouping objects. */
export type ColumnPlan = Readonly<Record<CsvField, readonly number[]>>

export function planColumns(fields: readonly (CsvField | null)[]): ColumnPlan {
  const plan: Record<CsvField, number[]> = {
    title: [], date: [], startDate: [], endDate: [], place: [], city: [], country: [], notes: [], tags: []
  }
  fields.forEach((field, column) => {
    if (field) plan[field].push(column)
  })
  return plan
}

const FORMULA_START = /^[=+\-@]/

/**
 * A cell without its surrounding blanks, except a leading tab that makes a formula-like cell
 * inert in spreadsheets (OWASP's advice for CSV): trimming it would arm the formula again in
 * the next CSV written from this record. A leading apostrophe is not blank, so it stays too.
 */
function trimCell(cell: string | undefined): string | undefined {
  const value = cell?.trim()
  if (value && cell!.startsWith('\t') && FORMULA_START.test(value)) return `\t${value}`
  return value
}

/** The first non-empty value among the columns that feed a field, trimmed. */
function first(cells: readonly string[], columns: readonly number[]): string | null {
  for (const column of columns) {
    const value = trimCell(cells[column])
    if (value) return value
  }
  return null
}

function all(cells: readonly string[], columns: readonly number[]): string[] {
  const values: string[] = []
  for (const column of columns) {
    const value = trimCell(cells[column])
    if (value) values.push(value)
  }
  return values
}

/** Turns one CSV row (or one plain JSON object's values) into a record, or says why not. */
export function buildRecord(
  cells: readonly string[],
  plan: ColumnPlan,
  readers: CellReaders,
  sourceLine: number,
  sourceText: string
): RowOutcome {
  const rawTitle = first(cells, plan.title)
  if (!rawTitle) return { skipReason: 'no title' }
  // Quoted titles may hold line breaks; a title is one line.
  const title = /\s\s|[\t\n\r]/.test(rawTitle) ? rawTitle.replace(/\s+/g, ' ') : rawTitle

  const warnings: string[] = []
  let confidence = 1
  const doubt = (warning: string, penalty: number): void => {
    warnings.push(warning)
    confidence -= penalty
  }

  // Dates: a date column gives text and range; separate start/end columns, when readable, are more precise.
  const dateCell = first(cells, plan.date)
  const startCell = first(cells, plan.startDate)
  const endCell = first(cells, plan.endDate)
  let startDate: string | null = null
  let endDate: string | null = null
  if (dateCell !== null) {
    const reading = readers.date(dateCell)
    if (reading) {
      startDate = reading.startDate
      endDate = reading.endDate
      for (const w of reading.warnings) doubt(w, PENALTY.dateWarning)
    } else doubt(`date not understood: '${dateCell}'`, PENALTY.unreadableDate)
  }
  if (startCell !== null) {
    const reading = readers.date(startCell)
    if (reading?.startDate) {
      startDate = reading.startDate
      if (endCell === null && dateCell === null) endDate = reading.endDate ?? reading.startDate
    } else doubt(`start date not understood: '${startCell}'`, PENALTY.unreadableDate)
  }
  if (endCell !== null) {
    const reading = readers.date(endCell)
    const end = reading?.endDate ?? reading?.startDate
    if (end) endDate = end
    else doubt(`end date not understood: '${endCell}'`, PENALTY.unreadableDate)
  }
  if (dateCell === null && startCell === null && endCell === null) doubt('no date', PENALTY.noDate)
  if (startDate && !endDate) endDate = startDate
  if (endDate && !startDate) doubt('end date without a start date', PENALTY.endWithoutStart)
  if (startDate && endDate && isEndBeforeStart(startDate, endDate)) doubt('end before start', PENALTY.endBeforeStart)
  const dateText = dateCell ?? joinRange(startCell, endCell)

  // Places: a place column is kept verbatim and split; city and country columns override its parts.
  const place = first(cells, plan.place)
  let city: string | null = null
  let country: string | null = null
  let countryCode: string | null = null
  let online = false
  if (place !== null) {
    const split = readers.place(place)
    city = split.city
    country = split.country
    countryCode = split.countryCode
    online = split.online
  }
  const cityCell = first(cells, plan.city)
  if (cityCell) city = cityCell
  const countryCell = first(cells, plan.country)
  if (place !== null && !countryCell) for (const warning of placeWarnings(readers.place(place))) doubt(warning, 0)
  if (countryCell) {
    const resolved = readers.country(countryCell)
    if (resolved) {
      country = resolved.name
      countryCode = resolved.code
    } else {
      country = countryCell
      countryCode = null
      doubt(`unknown country '${countryCell}'`, PENALTY.unknownCountry)
    }
  }
  if (!place && !city && !country && !online) doubt('no place', PENALTY.noPlace)

  const tags = plan.tags.length ? splitTags(all(cells, plan.tags)) : []
  if (online && !tags.includes('online')) tags.push('online')

  return {
    record: {
      title,
      startDate,
      endDate,
      dateText,
      place,
      city,
      country,
      countryCode,
      notes: plan.notes.length ? all(cells, plan.notes).join('\n') || null : null,
      tags,
      sourceLine,
      sourceText,
      confidence: Math.max(0.1, Math.round(confidence * 100) / 100),
      warnings
    }
  }
}

function joinRange(start: string | null, end: string | null): string | null {
  if (start && end && start !== end) return `${start} – ${end}`
  return start ?? end
}

/** Tags cells hold lists: "history, law; archives". */
export function splitTags(cells: readonly string[]): string[] {
  const tags: string[] = []
  for (const cell of cells) {
    for (const part of cell.split(/[,;|]/)) {
      const tag = part.trim()
      if (tag && !tags.includes(tag)) tags.push(tag)
    }
  }
  return tags
}
