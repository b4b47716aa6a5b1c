/**
 * Tables pasted as text: cells split by tabs or `|` (Markdown pipes too), a header row that
 * names the columns (skipped), or columns told apart by their content when there is none.
 */

import { findDatesInLine, isDateToBeAnnounced, type DateParts } from '../dates'
import { isFooter } from './boilerplate'
import { placeLikeness } from './placeLikeness'
import { record, skip, type Item, type RecordDraft } from './draft'
import type { LineInfo } from './lines'
import type { ReadingRole } from '../../../../shared/readingInstructions'
import { columnRole, type ColumnRoles } from './instructions'

type Column = 'title' | 'date' | 'start' | 'end' | 'place' | 'city' | 'country' | 'time' | 'notes' | null

const HEADER_WORDS: [Exclude<Column, null>, RegExp][] = [
  ['start', /^(?:start(?: date)?|from|begin|début|date de début|beginn|inicio|fecha de inicio|inizio|início|begin(?:datum)?)$/i],
  ['end', /^(?:end(?: date)?|to|until|fin|date de fin|ende|fecha de fin|fine|fim|eind(?:datum)?)$/i],
  ['date', /^(?:dates?|when|datum|fecha|fechas|data|quand|wann|period|période|zeitraum|periodo)$/i],
  ['title', /^(?:title|event|events|name|meeting|activity|titre|événement|intitulé|titel|veranstaltung|título|evento|titolo|nome|naam|evenement)$/i],
  ['place', /^(?:place|location|venue|where|lieu|ort|lugar|luogo|local|plaats|locatie|sede)$/i],
  ['city', /^(?:city|town|ville|stadt|ciudad|città|cidade|stad)$/i],
  ['country', /^(?:country|pays|land|país|paese|staat)$/i],
  ['time', /^(?:time|hours?|heure|horaire|uhrzeit|hora|ora|tijd)$/i],
  ['notes', /^(?:notes?|description|remarks?|comments?|details|remarques|bemerkungen|notas|osservazioni|opmerkingen)$/i]
]

const MARKDOWN_RULE = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/

export function cellsOf(text: string, separator: '\t' | '|'): string[] {
  let body = text
  if (separator === '|') body = body.replace(/^\|/, '').replace(/\|$/, '')
  return body.split(separator).map((c) => c.trim())
}

function headerColumn(cell: string): Column | undefined {
  const word = cell.replace(/[*_:]/g, '').trim()
  for (const [column, pattern] of HEADER_WORDS) if (pattern.test(word)) return column
  return undefined
}

function readHeader(cells: string[]): Column[] | null {
  const columns = cells.map(headerColumn)
  const known = columns.filter((c) => c !== undefined).length
  if (known < Math.min(2, cells.length)) return null
  return columns.map((c) => c ?? null)
}

function dateOnlyIn(cell: string): DateParts | null {
  const dates = findDatesInLine(cell)
  return dates.length === 1 && (dates[0] as DateParts).length >= cell.length - 2 ? (dates[0] as DateParts) : null
}

/** No header: the date column reads as dates, the place column as places, the title is the longest. */
function inferColumns(rows: string[][]): Column[] {
  const width = Math.max(...rows.map((r) => r.length))
  const dateHits = new Array<number>(width).fill(0)
  const placeHits = new Array<number>(width).fill(0)
  const lengths = new Array<number>(width).fill(0)
  for (const row of rows.slice(0, 50)) {
    row.forEach((cell, i) => {
      if (dateOnlyIn(cell) !== null) dateHits[i] = (dateHits[i] ?? 0) + 1
      placeHits[i] = (placeHits[i] ?? 0) + placeLikeness(cell)
      lengths[i] = (lengths[i] ?? 0) + cell.length
    })
  }
  const columns = new Array<Column>(width).fill(null)
  const argmax = (values: number[], taken: Column[]): number => {
    let best = -1
    values.forEach((v, i) => {
      if (taken[i] === null && v > 0 && (best < 0 || v > (values[best] ?? 0))) best = i
    })
    return best
  }
  const dateColumn = argmax(dateHits, columns)
  if (dateColumn >= 0) columns[dateColumn] = 'date'
  const placeColumn = argmax(placeHits, columns)
  if (placeColumn >= 0) columns[placeColumn] = 'place'
  const titleColumn = argmax(lengths, columns)
  if (titleColumn >= 0) columns[titleColumn] = 'title'
  return columns
}

function rowDraft(line: LineInfo, cells: string[], columns: Column[]): RecordDraft | null {
  const get = (column: Column): string => {
    const i = columns.indexOf(column)
    return i >= 0 ? (cells[i] ?? '') : ''
  }
  const start = get('start')
  // An end cell saying `TBA` leaves the end open: the event is not one day long.
  const endUnknown = isDateToBeAnnounced(get('end'))
  const end = endUnknown ? '' : get('end')
  let dateText = get('date')
  if (dateText === '' && start !== '') dateText = end !== '' && end !== start ? `${start} – ${end}` : start
  const time = get('time')
  const dateWithTime = time !== '' ? `${dateText} ${time}` : dateText
  const dates = findDatesInLine(dateWithTime)
  let date = dates.find((d) => d.start.year !== undefined) ?? dates[0] ?? null
  const title = get('title')
  const warnings: string[] = []
  if (date === null) {
    // A row whose dates are all `TBA` is still an event: kept with no date and a warning.
    if (title === '' || !isDateToBeAnnounced(dateText || get('end'))) return null
    warnings.push(`date to be announced: '${(dateText || get('end')).trim()}'`)
  } else if (endUnknown && date.end === undefined) {
    date = { ...date, openEnd: true }
  }
  const city = get('city')
  const country = get('country')
  const place = [get('place') || [city, country].filter((p) => p !== '').join(', ')].find((p) => p !== '' && !isDateToBeAnnounced(p)) ?? null
  const notes = get('notes')
  return {
    titleLines: [title],
    date,
    dateText: date === null ? null : dateWithTime,
    warnings: warnings.length > 0 ? warnings : undefined,
    place,
    city: city || undefined,
    country: country || undefined,
    firstLine: line.no,
    lastLine: line.no,
    datesInTitle: findDatesInLine(title).length,
    notes: notes !== '' ? [notes] : undefined
  }
}

const COLUMN_OF_ROLE: Record<ReadingRole, Column> = { title: 'title', date: 'date', place: 'place', description: 'notes', heading: null, ignore: null }

/** The archivist's column roles over the reader's: the column that had a taught role gives it up (a title becomes notes). */
function withTaughtColumns(found: Column[], taught: ColumnRoles | undefined, width: number): Column[] {
  if (taught === undefined || taught.size === 0) return found
  const columns = [...found]
  while (columns.length < width) columns.push(null)
  const roles = columns.map((_, i) => columnRole(taught, i, columns.length))
  roles.forEach((role, i) => {
    if (role === undefined) return
    const column = COLUMN_OF_ROLE[role]
    if (column !== null && column !== 'notes') {
      columns.forEach((other, j) => {
        if (j !== i && other === column && roles[j] === undefined) columns[j] = column === 'title' ? 'notes' : null
      })
    }
    columns[i] = column
  })
  return columns
}

export function readTable(lines: LineInfo[], separator: '\t' | '|', taught?: ColumnRoles): Item[] {
  const items: Item[] = []
  const rows: { line: LineInfo; cells: string[] }[] = []
  for (const line of lines) {
    if (line.text === '') continue
    if (MARKDOWN_RULE.test(line.text)) {
      items.push(skip(line.no, line.text, 'table rule'))
      continue
    }
    const cells = cellsOf(line.text, separator)
    if (cells.length < 2) items.push(skip(line.no, line.text, isFooter(line.text) ? 'page furniture' : 'not a table row'))
    else rows.push({ line, cells })
  }
  let columns: Column[] | null = null
  const width = rows.reduce((most, row) => Math.max(most, row.cells.length), 0)
  for (const { line, cells } of rows) {
    const header: Column[] | null = columns === null || line.dates.length === 0 ? readHeader(cells) : null
    if (header !== null) {
      columns = withTaughtColumns(header, taught, width)
      items.push(skip(line.no, line.text, 'column header'))
      continue
    }
    columns ??= withTaughtColumns(inferColumns(rows.map((r) => r.cells)), taught, width)
    const draft = rowDraft(line, cells, columns)
    if (draft === null) items.push(skip(line.no, line.text, 'no date'))
    else items.push(record(draft))
  }
  return items
}
