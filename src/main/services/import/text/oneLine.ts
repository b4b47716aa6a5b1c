/**
 * One event per line: `Title – City, Country – 3–5 May 2019`, `3-5 May 2019 | Title | Place`,
 * `Title; Place; Date`, and unseparated `4-5 June 2018 Porto, Portugal Study visit`.
 */

import type { DateParts } from '../dates'
import { resolveCountry } from '../place'
import { isFooter } from './boilerplate'
import { dateTextOf, type LineInfo } from './lines'
import { placeLikeness } from './placeLikeness'
import { record, skip, type Item, type RecordDraft } from './draft'
import { partForced, type ColumnRoles } from './instructions'
import { PLACE_LABEL } from './tidyFields'

/**
 * Field separators: a spaced dash, a pipe, a semicolon, a tab, a bullet. A match only starts
 * where a run of blanks starts (`(?<!\s)`), or at a separator right after the previous match:
 * the same matches as `\s+[-–—]\s+|\s*[|;\t•·]\s*`, whose search rescanned a long run of blanks
 * from each of its positions (quadratic).
 */
const SEPARATOR = /(?<!\s)\s+[-–—]\s+|(?<!\s)\s*[|;\t•·]\s*|[|;\t•·]\s*/g
const EDGE_CHAR = /[\s|;,:•·–—-]/

/**
 * Strips separators and blanks from both ends. Done by hand: the regex form
 * (`[…]+$`) retries from every position of a long inner run, quadratic in the run's length.
 */
function trimEdges(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && EDGE_CHAR.test(text[start]!)) start++
  while (end > start && EDGE_CHAR.test(text[end - 1]!)) end--
  return text.slice(start, end)
}

interface Field {
  text: string
  start: number
  end: number
}

function fieldsOf(line: string, from: number, to: number): Field[] {
  const fields: Field[] = []
  const segment = line.slice(from, to)
  let last = 0
  const push = (a: number, b: number): void => {
    const raw = segment.slice(a, b)
    const text = trimEdges(raw)
    if (text === '') return
    const start = from + a + raw.indexOf(text)
    fields.push({ text, start, end: start + text.length })
  }
  SEPARATOR.lastIndex = 0
  let match: RegExpExecArray | null
  while ((match = SEPARATOR.exec(segment)) !== null) {
    push(last, match.index)
    last = match.index + match[0].length
  }
  push(last, segment.length)
  return fields
}

/** The event's date: one at the start or end of the line, else one filling a field, else the fullest. */
function chooseDate(line: LineInfo): DateParts {
  const text = line.text
  const edges = line.dates.filter((d) => {
    const before = trimEdges(text.slice(0, d.index))
    const after = trimEdges(text.slice(d.index + d.length))
    return before === '' || after === ''
  })
  const candidates = edges.length > 0 ? edges : line.dates.filter((d) => !insideBrackets(text, d))
  const pool = candidates.length > 0 ? candidates : line.dates
  return pool.reduce((best, d) => (d.start.year !== undefined && best.start.year === undefined ? d : best))
}

function insideBrackets(text: string, d: DateParts): boolean {
  const before = text.slice(0, d.index)
  return before.lastIndexOf('(') > before.lastIndexOf(')')
}

/** `Porto, Portugal Study visit`: a place at the start, known by its country, then the title. */
export function splitLeadingPlace(text: string): { place: string; title: string } | null {
  const words = text.split(' ')
  for (let n = Math.min(words.length - 1, 8); n >= 1; n--) {
    const head = words.slice(0, n).join(' ')
    const comma = head.lastIndexOf(',')
    const paren = /\(([^()]+)\)$/.exec(head)
    const country = paren !== null ? paren[1] : comma > 0 ? head.slice(comma + 1) : null
    if (country !== null && country !== undefined && resolveCountry(country) !== null) {
      return { place: head, title: words.slice(n).join(' ') }
    }
  }
  return null
}

/** `Study visit, Porto, Portugal`: a place at the end, known by its country. */
function splitTrailingPlace(text: string): { place: string; title: string } | null {
  const parts = text.split(',')
  if (parts.length < 3) return null
  if (resolveCountry(parts[parts.length - 1] as string) === null) return null
  return { title: parts.slice(0, -2).join(',').trim(), place: parts.slice(-2).join(',').trim() }
}

function readLine(line: LineInfo, columns?: ColumnRoles): Item {
  const date = chooseDate(line)
  const text = line.text
  const before = fieldsOf(text, 0, date.index)
  const after = fieldsOf(text, date.index + date.length, text.length)
  // Columns count the date's own field: `3 May | Title | Place` has the title in column 2.
  const count = before.length + 1 + after.length
  const { rest: fields, forced } = partForced([...before, ...after], columns, (i) => (i < before.length ? i : i + 1), count)
  let title = ''
  let place: string | null = null
  if (fields.length === 1) {
    const only = (fields[0] as Field).text
    const split = date.index === 0 ? splitLeadingPlace(only) : splitTrailingPlace(only)
    title = split?.title ?? only
    place = split?.place ?? null
  } else if (fields.length > 1) {
    // The place is the most place-like field; ties go to the one nearest the date.
    const nearDate = (f: Field): number => Math.min(Math.abs(f.start - date.index), Math.abs(f.end - date.index))
    let best: Field | null = null
    let bestScore = 0
    for (const field of fields) {
      const score = placeLikeness(field.text)
      if (score > bestScore || (score === bestScore && score > 0 && best !== null && nearDate(field) < nearDate(best))) {
        best = field
        bestScore = score
      }
    }
    if (best === fields[0] && fields.length > 1 && bestScore < 3) best = null
    place = best?.text ?? null
    const rest = fields.filter((f) => f !== best)
    const first = rest[0] as Field
    const last = rest[rest.length - 1] as Field
    const contiguous = rest.every((f) => f.end <= date.index) || rest.every((f) => f.start >= date.index + date.length)
    title = contiguous && !(best && best.start > first.start && best.end < last.end) ? text.slice(first.start, last.end) : rest.map((f) => f.text).join(' – ')
  }
  const notes: string[] = []
  const taughtTitle = forced.get('title')
  if (taughtTitle !== undefined) {
    if (title !== '') notes.push(title)
    title = taughtTitle.map((f) => f.text).join(' – ')
  }
  const taughtPlace = forced.get('place')
  if (taughtPlace !== undefined) {
    if (place !== null) notes.push(place)
    place = taughtPlace.map((f) => f.text).join(', ')
  }
  for (const field of forced.get('description') ?? []) notes.push(field.text)
  const others = line.dates.filter((d) => d !== date).length
  return record({
    titleLines: [title],
    date,
    dateText: dateTextOf(line, date),
    place,
    firstLine: line.no,
    lastLine: line.no,
    datesInTitle: others,
    notes: notes.length > 0 ? notes : undefined
  })
}

export function readOneLine(lines: LineInfo[], columns?: ColumnRoles): Item[] {
  const items: Item[] = []
  let sawRecord = false
  let last: { draft: RecordDraft; line: number } | null = null
  for (const line of lines) {
    if (line.text === '') continue
    // `Venue: Council Chamber` right under an event's line is that event's place.
    if (last !== null && line.dates.length === 0 && line.no === last.line + 1 && last.draft.place === null && PLACE_LABEL.test(line.text)) {
      last.draft.place = line.text
      last.draft.lastLine = line.no
      last = null
      continue
    }
    last = null
    if (line.dates.length === 0 || line.dateOnly !== null) {
      const reason = isFooter(line.text) ? 'page furniture' : sawRecord ? 'no date' : 'heading'
      items.push(skip(line.no, line.text, line.dateOnly !== null ? 'date without an event' : reason))
      continue
    }
    const item = readLine(line, columns)
    items.push(item)
    if (item.kind === 'record') last = { draft: item.draft, line: line.no }
    sawRecord = true
  }
  return items
}
