/**
 * Listings where each event starts with its date: `10-13 stycznia, Tokio, Japonia – [IC4E 2019]`,
 * `8-10 • Moscow, Russia • Conference` with its name on the next line, `1 - RIO DE JANEIRO
 * (Brésil) - Suite de la visite…`. The lines from one date to the next (or to a blank line, a
 * heading) are cut into fields at separators, and each field gets a role: the place is the most
 * place-like field, the title a field that is wholly a link or quotation, else the first other
 * one. A list item under an event that has the same shape (`- PARIS - …`) is an event of the same day.
 */

import type { DateParts } from '../dates'
import { isFooter, looksLikeHeading } from './boilerplate'
import { dateTextOf, type LineInfo } from './lines'
import { namesVenue, placeLikeness } from './placeLikeness'
import { splitLeadingPlace } from './oneLine'
import { splitPlace } from '../place'
import { isDateRemnant } from '../dates'
import { record, skip, type Item, type RecordDraft } from './draft'
import { partForced, type ColumnRoles } from './instructions'

/** A spaced dash, an unspaced em dash, a pipe, a semicolon, a bullet. */
const SEPARATOR = /\s+[-–—]\s+|—|\s*[|;•·]\s*|\s+[-–—]$|^[-–—]\s+/g
const EDGE = /^[\s|;,:•·–—-]+|[\s|;,:•·–—-]+$/g

interface Field {
  text: string
  line: LineInfo
  named: boolean
}

/** Where a line's leading date ends, when the line starts with a date; else -1. */
export function leadingDateEnd(line: LineInfo): number {
  const first = line.dates[0]
  if (first === undefined) return -1
  const before = line.text.slice(0, first.index).replace(EDGE, '')
  return before === '' || /^[\p{L}]+[,.]?$/u.test(before) ? first.index + first.length : -1
}

/** Separators strong enough to be a page's column marks: one of them on most event lines is the page's own. */
const STRONG_SEPARATORS = ['|', '•', '·', ';'] as const
type StrongSeparator = (typeof STRONG_SEPARATORS)[number]

function fieldsOf(line: LineInfo, from: number, pageSeparator: StrongSeparator | null = null): Field[] {
  const text = line.text.slice(from)
  const fields: Field[] = []
  // Where the page marks its columns with one separator, a dash inside a column is part of its text ('Flora – jarní etapa').
  const pieces = pageSeparator !== null && text.includes(pageSeparator) ? text.split(pageSeparator) : text.split(SEPARATOR)
  for (const piece of pieces) {
    const clean = piece.replace(EDGE, '')
    if (clean !== '') fields.push({ text: clean, line, named: line.named || (line.links?.includes(clean.replace(/^["“„«]|["”“»]$/g, '')) ?? false) })
  }
  return fields
}

function isAnchor(line: LineInfo): boolean {
  return leadingDateEnd(line) >= 0
}

interface Group {
  anchor: LineInfo
  date: DateParts
  lines: LineInfo[]
  /** The line right above the date line, when no event took it (a name written above `date. Town.`). */
  above?: { line: LineInfo; item: Item }
}

/**
 * An event's fields with the archivist's column roles: columns count the date as column 1, so the
 * first field after it is column 2. Returns the fields left to the reader's own judgement.
 */
function taughtFields(draft: RecordDraft, fields: Field[], columns: ColumnRoles | undefined): void {
  const { forced } = partForced(fields, columns, (i) => i + 1, fields.length + 1)
  if (forced.size === 0) return
  const notes = [...(draft.notes ?? [])]
  const title = forced.get('title')
  if (title !== undefined) {
    notes.unshift(...draft.titleLines.filter((t) => !title.some((f) => f.text === t)))
    draft.titleLines = [title.map((f) => f.text).join(' – ')]
  }
  const place = forced.get('place')
  if (place !== undefined) {
    if (draft.place !== null && !place.some((f) => f.text === draft.place)) notes.push(draft.place)
    draft.place = place.map((f) => f.text).join(', ')
  }
  const taken = new Set([...(forced.get('title') ?? []), ...(forced.get('place') ?? []), ...(forced.get('ignore') ?? []), ...(forced.get('heading') ?? [])].map((f) => f.text))
  const description = (forced.get('description') ?? []).map((f) => f.text)
  const kept = notes.filter((n) => !taken.has(n) && !description.includes(n) && n !== draft.place && !draft.titleLines.includes(n))
  if (draft.titleLines.some((t) => taken.has(t) && !(title ?? []).some((f) => f.text === t))) draft.titleLines = []
  if (draft.place !== null && (forced.get('ignore') ?? []).some((f) => f.text === draft.place)) draft.place = null
  draft.notes = [...kept, ...description].length > 0 ? [...kept, ...description] : undefined
}

/** The fields that may name the event or its place: not the hour or weekday left over from the date. */
function eventFields(fields: Field[]): Field[] {
  return fields.some((field) => isDateRemnant(field.text)) ? fields.filter((field) => !isDateRemnant(field.text)) : fields
}

function draftOf(anchor: LineInfo, date: DateParts, allFields: Field[], lines: LineInfo[], placeColumn: number | null = null): RecordDraft {
  // A field that only gives the hour (`21 hs`, `19 Uhr`) is neither the title nor the place: a note.
  let fields = eventFields(allFields)
  const times = fields.length === allFields.length ? [] : allFields.filter((field) => !fields.includes(field))
  // `4-5 June 2018 Porto, Portugal Study visit`: a place known by its country, run into the title.
  const only = fields.length === 1 ? (fields[0] as Field) : null
  const split = only !== null && !only.named ? splitLeadingPlace(only.text) : null
  if (split !== null && only !== null) {
    fields = [
      { text: split.place, line: only.line, named: false },
      { text: split.title, line: only.line, named: false }
    ]
  }
  let placeIndex = -1
  let best = 0
  fields.slice(0, 3).forEach((field, index) => {
    const score = field.named ? 0 : placeLikeness(field.text)
    // The first field names the place only when it plainly does (a country, "at …"), or when nothing else could.
    // A lone field is the title unless it can only be a place (a country, "online").
    const enough = fields.length === 1 ? score >= 3 : index > 0 || score >= 2 || fields.length > 1
    if (enough && score > best) {
      best = score
      placeIndex = index
    }
  })
  // The page's place column decides where the fields alone would not (`date | Bezručovy sady | Festival Beerfest`).
  const columnField = placeColumn === null || fields.length < 2 ? undefined : fields[placeColumn]
  if (columnField !== undefined && !columnField.named) placeIndex = placeColumn as number
  const others = fields.filter((_, index) => index !== placeIndex)
  const namedAt = others.findIndex((field, index) => field.named && index <= 2)
  const titleAt = namedAt >= 0 ? namedAt : 0
  const title = others[titleAt]
  const notes = [...times, ...others.filter((_, index) => index !== titleAt)].map((f) => f.text)
  const last = lines[lines.length - 1] ?? anchor
  return {
    titleLines: title ? [title.text] : [],
    date,
    dateText: dateTextOf(anchor, date),
    place: placeIndex >= 0 ? (fields[placeIndex] as Field).text : null,
    dateLine: anchor.no,
    firstLine: anchor.no,
    lastLine: last.no,
    datesInTitle: title ? title.line.dates.filter((d) => d !== date).length : 0,
    notes: notes.length > 0 ? notes : undefined
  }
}

/** Cuts the page into groups that each start at a line beginning with a date. */
function groupsOf(lines: LineInfo[], items: Item[]): Group[] {
  const groups: Group[] = []
  let current: Group | null = null
  let blankRun = 0
  for (const line of lines) {
    if (line.text === '') {
      blankRun++
      continue
    }
    const gap = blankRun
    blankRun = 0
    if (isAnchor(line)) {
      const lastItem = items[items.length - 1]
      const above = gap === 0 && lastItem?.kind === 'skip' && lastItem.skipped.line === line.no - 1 && !lastItem.skipped.reason.includes('furniture') ? lines.find((l) => l.no === line.no - 1) : undefined
      current = { anchor: line, date: line.dates[0] as DateParts, lines: [line] }
      if (above !== undefined && lastItem !== undefined) current.above = { line: above, item: lastItem }
      groups.push(current)
      continue
    }
    if (current !== null && line.bullet && isSibling(line, fieldsOf(current.anchor, leadingDateEnd(current.anchor)))) {
      current.lines.push(line)
      continue
    }
    // A line that is wholly a link's text or a quotation names an event ("An Event Apart"), never a section.
    const heading = line.heading || (looksLikeHeading(line.text) && !line.named)
    const ends = current === null || heading || isFooter(line.text) || (gap > 0 && current.lines.length > 0 && !continuesAfterGap(current, line))
    if (ends) {
      current = null
      items.push(skip(line.no, line.text, isFooter(line.text) ? 'page furniture' : heading ? 'heading' : 'not part of an event'))
      continue
    }
    current!.lines.push(line)
  }
  return groups
}

/** After a blank line, an event continues only when its own line(s) said nothing but the date yet. */
function continuesAfterGap(group: Group, _line: LineInfo): boolean {
  const anchorRest = group.anchor.text.slice(leadingDateEnd(group.anchor)).replace(EDGE, '')
  return anchorRest === '' && group.lines.length === 1
}

/** A list item shaped like its event's line (`- PARIS - …` under `1 - RIO DE JANEIRO (Brésil) - …`): an event of the same day. */
function isSibling(line: LineInfo, anchorFields: Field[]): boolean {
  if (!line.bullet || anchorFields.length < 2) return false
  const fields = fieldsOf(line, 0)
  if (fields.length < 2) return false
  return placeLikeness((fields[0] as Field).text) >= 1 && placeLikeness((anchorFields[0] as Field).text) >= 1
}

function isVenue(text: string): boolean {
  return namesVenue(text) || placeLikeness(text) >= 1
}

/** `(with Tyler Childers)` after a venue: who else is on the bill, not part of the place. */
const COMPANY = /\s*\((?:with|avec|mit|con|com|met)\s[^()]*\)$/i

/**
 * Events with no name of their own: their fields are a town and a venue (`February 27—Auckland,
 * New Zealand—Bruce Mason Centre`). When most of a page is like that, each is named after the
 * page (its heading) and the venue is the place, the town its city and country.
 */
function nameAfterPage(drafts: RecordDraft[], fieldsOfDraft: Map<RecordDraft, Field[]>, pageName: string | null): void {
  if (pageName === null || drafts.length < 2) return
  const nameless = drafts.filter((draft) => {
    const fields = fieldsOfDraft.get(draft) ?? []
    return fields.length === 2 && !fields.some((f) => f.named) && placeLikeness((fields[0] as Field).text) >= 1 && isVenue((fields[1] as Field).text.replace(COMPANY, ''))
  })
  if (nameless.length < drafts.length * 0.6) return
  for (const draft of nameless) {
    const [town, venue] = fieldsOfDraft.get(draft) as Field[]
    const reading = splitPlace((town as Field).text)
    draft.notes = [...(draft.notes ?? []).filter((n) => n !== (venue as Field).text), ...(COMPANY.test((venue as Field).text) ? [(venue as Field).text] : [])]
    draft.titleLines = [pageName]
    draft.place = (venue as Field).text.replace(COMPANY, '')
    draft.city = reading.city
    draft.country = reading.country
    draft.warnings = [...(draft.warnings ?? []), 'no name of its own: named after the page']
  }
}

const MAX_PARTS_UNDER_EVENT = 40

function dayNumber(p: { year?: number; month?: number; day?: number } | undefined): number | null {
  if (p?.year === undefined || p.month === undefined || p.day === undefined) return null
  return p.year * 400 + p.month * 32 + p.day
}

/** True when `inner`'s dates lie within `outer`'s range (both written out in full). */
function within(inner: DateParts, outer: DateParts): boolean {
  const from = dayNumber(outer.start)
  const to = dayNumber(outer.end)
  const start = dayNumber(inner.start)
  const end = dayNumber(inner.end ?? inner.start) ?? start
  return from !== null && to !== null && start !== null && end !== null && start >= from && end <= to
}

/**
 * The dates and places of an event's parts, listed under it with no name of their own
 * (`02. bis 05.05.2019, Frankfurt (Oder), Marktplatz;` under `StadtLesen im Mai 2019`, 2 May to
 * 2 June): each part takes the name of the event whose dates hold its own.
 */
function nameParts(drafts: RecordDraft[], fieldsOfDraft: Map<RecordDraft, Field[]>): void {
  for (let i = 1; i < drafts.length; i++) {
    const part = drafts[i] as RecordDraft
    const fields = fieldsOfDraft.get(part) ?? []
    if (fields.length !== 1 || (fields[0] as Field).named || placeLikeness((fields[0] as Field).text) < 1 || part.date === null) continue
    // The event a part belongs to is listed just above its parts: look back a little way only.
    for (let j = i - 1; j >= Math.max(0, i - MAX_PARTS_UNDER_EVENT); j--) {
      const whole = drafts[j] as RecordDraft
      const name = whole.titleLines[0]
      if (whole.date === null || name === undefined || name === '' || !within(part.date, whole.date)) continue
      part.place = (fields[0] as Field).text
      part.titleLines = [name]
      part.warnings = [...(part.warnings ?? []), `part of '${name}'`]
      break
    }
  }
}

/** The strong separator on most event lines after their date, if one is. */
function pageSeparatorOf(groups: Group[]): StrongSeparator | null {
  let best: StrongSeparator | null = null
  let bestCount = 0
  for (const separator of STRONG_SEPARATORS) {
    const count = groups.filter((g) => g.anchor.text.slice(leadingDateEnd(g.anchor)).includes(separator)).length
    if (count > bestCount) {
      best = separator
      bestCount = count
    }
  }
  return groups.length >= 3 && bestCount >= groups.length * 0.6 ? best : null
}

/**
 * The column that holds the place on this page, when one plainly does: over the events with two
 * fields or more, its fields look like places far more than the others' (at least three events).
 */
function placeColumnOf(fieldLists: Field[][]): number | null {
  const rows = fieldLists.map(eventFields).filter((fields) => fields.length >= 2)
  if (rows.length < 3) return null
  const means = [0, 1, 2].map((column) => {
    const cells = rows.map((fields) => fields[column]).filter((f): f is Field => f !== undefined && !f.named)
    return cells.length < rows.length * 0.6 ? 0 : cells.reduce((sum, f) => sum + placeLikeness(f.text), 0) / cells.length
  })
  const best = means.indexOf(Math.max(...means))
  const next = Math.max(...means.filter((_, column) => column !== best))
  return (means[best] as number) >= 1 && (means[best] as number) - next >= 0.75 ? best : null
}

export function readDateFirst(lines: LineInfo[], pageName: string | null = null, columns?: ColumnRoles): Item[] {
  const items: Item[] = []
  const drafts: RecordDraft[] = []
  const fieldsOfDraft = new Map<RecordDraft, Field[]>()
  const groups = groupsOf(lines, items)
  const taken = new Set<Item>()
  const pageSeparator = pageSeparatorOf(groups)
  const groupFields = groups.map((group) => {
    const anchorFields = fieldsOf(group.anchor, leadingDateEnd(group.anchor), pageSeparator)
    const rest = group.lines.slice(1).filter((line) => !isSibling(line, anchorFields))
    return { anchorFields, fields: [...anchorFields, ...rest.flatMap((line) => fieldsOf(line, 0, pageSeparator))] }
  })
  const placeColumn = placeColumnOf(groupFields.map((g) => g.fields))
  for (const [n, group] of groups.entries()) {
    const anchorFields = (groupFields[n] as { anchorFields: Field[] }).anchorFields
    const own: LineInfo[] = [group.anchor]
    const siblings: LineInfo[] = []
    for (const line of group.lines.slice(1)) {
      if (isSibling(line, anchorFields)) siblings.push(line)
      else if (siblings.length === 0) own.push(line)
      else items.push(skip(line.no, line.text, 'not part of an event'))
    }
    let fields = [...anchorFields, ...own.slice(1).flatMap((line) => fieldsOf(line, 0, pageSeparator))]
    // `Familienforschung für Einsteiger` above `Di, 27.09.2022, 18:30–20:00 Uhr`: a date line that
    // says nothing else takes its name from the line right above.
    const nameAbove = group.above !== undefined && eventFields(anchorFields).length === 0 ? group.above : undefined
    if (nameAbove !== undefined) {
      taken.add(nameAbove.item)
      fields = [{ text: nameAbove.line.text, line: nameAbove.line, named: true }, ...fields]
    }
    const draft = draftOf(group.anchor, group.date, fields, own, placeColumn)
    if (nameAbove !== undefined) draft.firstLine = nameAbove.line.no
    // `Jornadas de Archivos` above `Del 10 al 12 de marzo de 2021. Valencia.`: the date line only
    // gives where; the name stands right above it.
    const placeOnly = eventFields(anchorFields)
    if (group.above !== undefined && placeOnly.length > 0 && placeOnly.every((f) => !f.named && placeLikeness(f.text.replace(/\.$/, '')) >= 1)) {
      taken.add(group.above.item)
      draft.titleLines = [group.above.line.text]
      draft.place = placeOnly.map((f) => f.text.replace(/\.$/, '')).join(', ')
      draft.notes = own.slice(1).map((line) => line.text)
      draft.firstLine = group.above.line.no
    }
    taughtFields(draft, fields, columns)
    drafts.push(draft)
    fieldsOfDraft.set(draft, fields)
    items.push(record(draft))
    for (const sibling of siblings) {
      const draft = draftOf(group.anchor, group.date, fieldsOf(sibling, 0), [sibling])
      draft.firstLine = sibling.no
      draft.lastLine = sibling.no
      draft.dateLine = group.anchor.no
      draft.warnings = ['date taken from the line above']
      items.push(record(draft))
    }
  }
  nameAfterPage(drafts, fieldsOfDraft, pageName)
  nameParts(drafts, fieldsOfDraft)
  return taken.size === 0 ? items : items.filter((item) => !taken.has(item))
}

/** True when most dated lines start with their date and carry the event on the same or the next lines. */
export function looksDateFirst(lines: LineInfo[]): boolean {
  let dated = 0
  let leading = 0
  let leadingWithText = 0
  for (const line of lines) {
    if (line.dates.length === 0) continue
    dated++
    const end = leadingDateEnd(line)
    if (end < 0) continue
    leading++
    if (line.text.slice(end).replace(EDGE, '') !== '') leadingWithText++
  }
  return dated > 0 && leading >= dated * 0.6 && leadingWithText >= leading * 0.3
}
