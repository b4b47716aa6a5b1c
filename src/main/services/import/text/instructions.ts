/**
 * The archivist's instructions (src/shared/readingInstructions.ts) applied to one reading of a
 * page. They override the reader where it assigns roles:
 * - before the layout is found: ignored lines and headings are taken out of the reading (headings
 *   still give their year and month to the lines under them), a line taught to be the date anchors
 *   an event, and lines given a title, place or description role are set aside;
 * - while a layout reader cuts lines into fields: a column's role wins over its guess;
 * - after it: each set-aside line joins the event it stands beside, in its role.
 * The whole page is read again each time, so an instruction changes every event it touches.
 */

import { cutTitle, lineMatches, type LineMatch, type ReadingInstruction, type ReadingRole } from '../../../../shared/readingInstructions'
import type { LineInfo } from './lines'
import type { PageContext } from './pageContext'
import { eraYear } from './pageContext'
import { skip, type Item, type RecordDraft } from './draft'

/** Column roles by column: 0.. from the left, -1.. from the right. */
export type ColumnRoles = ReadonlyMap<number, ReadingRole>

export interface TaughtReading {
  /** The role each taught line has, by line number. */
  roleOf: Map<number, ReadingRole>
  /** Lines whose year holds for the lines under them. */
  yearLines: Set<number>
  columns: ColumnRoles
}

/** A line that carries an event's date where it starts (or is nothing but a date). */
function isDateLine(line: LineInfo): boolean {
  if (line.dateOnly !== null) return true
  const first = line.dates[0]
  return first !== undefined && first.index <= 2
}

/** The lines `match` names; `afterDate` counts non-blank lines after each date line. */
function matchingLines(lines: readonly LineInfo[], match: LineMatch): LineInfo[] {
  if (match.by !== 'afterDate') return lines.filter((line) => lineMatches(match, line.text))
  const found: LineInfo[] = []
  lines.forEach((line, index) => {
    if (!isDateLine(line)) return
    let seen = 0
    for (let i = index + 1; i < lines.length; i++) {
      const next = lines[i] as LineInfo
      if (next.text === '') continue
      // The next event's date comes first: this one has no line there.
      if (isDateLine(next)) break
      if (++seen === match.offset) {
        found.push(next)
        break
      }
    }
  })
  return found
}

/** Which lines and columns the instructions give a role; a later instruction wins over an earlier one. */
export function readInstructions(lines: readonly LineInfo[], instructions: readonly ReadingInstruction[]): TaughtReading {
  const roleOf = new Map<number, ReadingRole>()
  const yearLines = new Set<number>()
  const columns = new Map<number, ReadingRole>()
  for (const instruction of instructions) {
    switch (instruction.kind) {
      case 'lineRole':
        for (const line of matchingLines(lines, instruction.lines)) roleOf.set(line.no, instruction.role)
        break
      case 'placeAfterDate':
        for (const line of matchingLines(lines, { by: 'afterDate', offset: 1 })) roleOf.set(line.no, 'place')
        break
      case 'headingSetsYear':
        for (const line of matchingLines(lines, instruction.lines)) {
          yearLines.add(line.no)
          if (!roleOf.has(line.no)) roleOf.set(line.no, 'heading')
        }
        break
      case 'columnRole':
        columns.set(instruction.column, instruction.role)
        break
    }
  }
  return { roleOf, yearLines, columns }
}

/**
 * Prepares the lines for reading: a taught date line anchors an event, a taught heading counts as
 * one for the page's context, an ignored line says nothing. Returns the lines the layout reader
 * should see (taught dates included, other taught lines set aside).
 */
export function prepareTaughtLines(lines: LineInfo[], taught: TaughtReading): { reader: LineInfo[]; setAside: { line: LineInfo; text: string; role: ReadingRole }[] } {
  const reader: LineInfo[] = []
  const setAside: { line: LineInfo; text: string; role: ReadingRole }[] = []
  for (const line of lines) {
    const role = taught.roleOf.get(line.no)
    if (role === undefined || line.text === '') {
      reader.push(line)
      continue
    }
    setAside.push({ line, text: line.text, role })
    if (role === 'date') {
      if (line.dates[0] !== undefined) line.dateOnly = line.dates[0]
      reader.push(line)
    } else if (role === 'heading') line.heading = true
    else if (role === 'ignore') {
      line.text = ''
      line.dates = []
      line.dateOnly = null
    }
  }
  return { reader, setAside: setAside.filter((entry) => entry.role !== 'date') }
}

const YEAR = /(?<![\d.,/:-])(1[89]\d\d|2[01]\d\d)(?![\d.,/:-]\d)/

function yearIn(line: LineInfo, text: string): number | null {
  const dated = line.dates.find((d) => d.start.year !== undefined)
  if (dated?.start.year !== undefined) return dated.start.year
  const era = eraYear(text)
  if (era !== null) return era
  const match = YEAR.exec(text)
  return match === null ? null : Number(match[1])
}

/** A taught year heading's year holds from it down to the next one. */
export function applyYearHeadings(lines: readonly LineInfo[], page: PageContext, taught: TaughtReading, texts: ReadonlyMap<number, string>): void {
  if (taught.yearLines.size === 0) return
  let year: { value: number; source: string } | undefined
  lines.forEach((line, index) => {
    if (taught.yearLines.has(line.no)) {
      const text = texts.get(line.no) ?? line.text
      const value = yearIn(line, text)
      if (value !== null) year = { value, source: text }
    }
    if (year !== undefined) page.yearAt[index] = year
  })
}

function blankLinesBetween(rawLines: readonly string[], from: number, to: number): number {
  let blanks = 0
  for (let no = from + 1; no < to; no++) if ((rawLines[no - 1] ?? '').trim() === '') blanks++
  return blanks
}

/** The event a set-aside line belongs to: the one around it, else the nearer one (a title leans down, the rest up). */
function ownerOf(drafts: readonly RecordDraft[], no: number, role: ReadingRole, rawLines: readonly string[]): RecordDraft | null {
  let above: RecordDraft | null = null
  let below: RecordDraft | null = null
  for (const draft of drafts) {
    if (draft.firstLine <= no && no <= draft.lastLine) return draft
    if (draft.lastLine < no && (above === null || draft.lastLine > above.lastLine)) above = draft
    if (draft.firstLine > no && (below === null || draft.firstLine < below.firstLine)) below = draft
  }
  if (above === null || below === null) return above ?? below
  const gapAbove = blankLinesBetween(rawLines, above.lastLine, no)
  const gapBelow = blankLinesBetween(rawLines, no, below.firstLine)
  if (role === 'title') return gapBelow <= gapAbove ? below : above
  return gapAbove <= gapBelow ? above : below
}

const REASONS: Partial<Record<ReadingRole, string>> = { ignore: 'ignored, as instructed', heading: 'heading, as instructed' }

/** True when only blank lines stand between line `no` and the event's lines. */
function touches(draft: RecordDraft, no: number, rawLines: readonly string[]): boolean {
  const [from, to] = no < draft.firstLine ? [no, draft.firstLine] : [draft.lastLine, no]
  for (let at = from + 1; at < to; at++) if ((rawLines[at - 1] ?? '').trim() !== '') return false
  return true
}

/** A place stated once for the page (a venue line among the page's own lines): its country holds for events that name none. */
export interface PagePlace {
  line: number
  text: string
}

/**
 * Gives each set-aside line its role in the event it belongs to; headings and ignored lines are
 * skipped with the reason. A taught place that stands apart from every event (other lines between)
 * is the page's place, returned for the events under it.
 */
export function attachTaughtLines(
  items: Item[],
  setAside: readonly { line: LineInfo; text: string; role: ReadingRole }[],
  rawLines: readonly string[]
): { items: Item[]; pagePlaces: PagePlace[] } {
  const out = [...items]
  const pagePlaces: PagePlace[] = []
  const drafts = items.flatMap((item) => (item.kind === 'record' ? [item.draft] : []))
  const taughtTitle = new Set<RecordDraft>()
  for (const { line, text, role } of setAside) {
    const reason = REASONS[role]
    if (reason !== undefined) {
      out.push(skip(line.no, text, reason))
      continue
    }
    const owner = ownerOf(drafts, line.no, role, rawLines)
    if (role === 'place' && (owner === null || !touches(owner, line.no, rawLines))) {
      pagePlaces.push({ line: line.no, text })
      out.push(skip(line.no, text, "the page's place, as instructed"))
      continue
    }
    if (owner === null) {
      out.push(skip(line.no, text, `no event to give this ${role} to`))
      continue
    }
    owner.firstLine = Math.min(owner.firstLine, line.no)
    owner.lastLine = Math.max(owner.lastLine, line.no)
    if (role === 'title') {
      // The reader's own title is kept as a note: a taught title replaces it, nothing is lost.
      if (!taughtTitle.has(owner)) {
        const old = owner.titleLines.filter((t) => t !== '')
        if (old.length > 0) owner.notes = [...old, ...(owner.notes ?? [])]
        owner.titleLines = []
        owner.datesInTitle = 0
        taughtTitle.add(owner)
      }
      owner.titleLines.push(text)
      owner.datesInTitle += line.dates.length
    } else if (role === 'place') {
      if (owner.place !== null && owner.place !== text) owner.notes = [...(owner.notes ?? []), owner.place]
      owner.place = text
      owner.city = undefined
      owner.country = undefined
    } else {
      owner.notes = [...(owner.notes ?? []), text]
    }
  }
  return { items: out, pagePlaces }
}

/** The role a column was taught, if any: by its place from the left, else from the right. */
export function columnRole(columns: ColumnRoles | undefined, index: number, count: number): ReadingRole | undefined {
  if (columns === undefined || columns.size === 0) return undefined
  return columns.get(index) ?? columns.get(index - count)
}

/** Fields cut from one line, parted into those a column instruction names (by role) and the rest, in order. */
export function partForced<T>(fields: readonly T[], columns: ColumnRoles | undefined, columnOf: (index: number) => number, count: number): { rest: T[]; forced: Map<ReadingRole, T[]> } {
  const forced = new Map<ReadingRole, T[]>()
  if (columns === undefined || columns.size === 0) return { rest: [...fields], forced }
  const rest: T[] = []
  fields.forEach((field, index) => {
    const role = columnRole(columns, columnOf(index), count)
    if (role === undefined || role === 'date') rest.push(field)
    else forced.set(role, [...(forced.get(role) ?? []), field])
  })
  return { rest, forced }
}

/** Titles cut where a `titleEnds` instruction says they end; the rest goes to the notes, first. */
export function applyTitleEnds(items: readonly Item[], instructions: readonly ReadingInstruction[]): void {
  for (const instruction of instructions) {
    if (instruction.kind !== 'titleEnds') continue
    for (const item of items) {
      if (item.kind !== 'record') continue
      const title = item.draft.titleLines[0]
      const cut = title === undefined ? null : cutTitle(title, instruction.before)
      if (cut === null) continue
      item.draft.titleLines = [cut.title, ...item.draft.titleLines.slice(1)]
      item.draft.notes = [cut.rest, ...(item.draft.notes ?? [])]
    }
  }
}
