/**
 * Listings where the date stands on a line of its own (the fixture's layout): a title above
 * it, a place below it; or date first; or date last. Records are anchored on date lines and
 * the lines between two dates are shared out by the blank-line gaps and by what they look like.
 */

import { isFooter, looksLikeHeading } from './boilerplate'
import { dateTextOf, type LineInfo } from './lines'
import { placeLikeness } from './placeLikeness'
import { isDateRemnant } from '../dates'
import { record, skip, type Item, type RecordDraft } from './draft'

/** A non-blank line and the number of blank lines above it. */
interface Entry {
  line: LineInfo
  gap: number
}

type Orientation = 'middle' | 'first' | 'last'
const MAX_TITLE_LINES = 2
const SEPARATOR_ONLY = /^[•·|–—-]+$/

function entriesOf(lines: LineInfo[]): Entry[] {
  const entries: Entry[] = []
  let gap = Number.POSITIVE_INFINITY
  for (const line of lines) {
    // A separator alone on its line (`•` between fields written one per line) joins, it does not part.
    if (SEPARATOR_ONLY.test(line.text)) continue
    if (line.text === '') gap = gap === Number.POSITIVE_INFINITY ? gap : gap + 1
    else {
      entries.push({ line, gap })
      gap = 0
    }
  }
  return entries
}

function orientationOf(entries: Entry[], dateAt: number[]): Orientation {
  let before = 0
  let after = 0
  for (const at of dateAt) {
    const gapBefore = Math.min(entries[at]?.gap ?? 0, 9)
    const next = entries[at + 1]
    const gapAfter = next === undefined ? gapBefore : Math.min(next.gap, 9)
    before += gapBefore
    after += gapAfter
  }
  const lastDate = dateAt[dateAt.length - 1] as number
  const firstDate = dateAt[0] as number
  const tail = entries.slice(lastDate + 1).filter((e) => !isFooter(e.line.text))
  const head = entries.slice(0, firstDate).filter((e) => !isFooter(e.line.text) && !looksLikeHeading(e.line.text))
  if (tail.length === 0) return 'last'
  if (before > after * 1.5 || head.length === 0) return 'first'
  if (after > before * 1.5) return 'last'
  return 'middle'
}

function newDraft(dateEntry: Entry): RecordDraft {
  const date = dateEntry.line.dateOnly
  return {
    titleLines: [],
    date,
    dateText: date === null ? null : dateTextOf(dateEntry.line, date),
    place: null,
    firstLine: dateEntry.line.no,
    lastLine: dateEntry.line.no,
    datesInTitle: 0
  }
}

function addTitle(draft: RecordDraft, entries: Entry[]): void {
  for (const { line } of entries) {
    draft.titleLines.push(line.text)
    draft.datesInTitle += line.dates.length
  }
  if (entries.length > 0) {
    draft.firstLine = Math.min(draft.firstLine, (entries[0] as Entry).line.no)
    draft.lastLine = Math.max(draft.lastLine, (entries[entries.length - 1] as Entry).line.no)
  }
}

function setPlace(draft: RecordDraft, entry: Entry): void {
  draft.place = entry.line.text
  draft.firstLine = Math.min(draft.firstLine, entry.line.no)
  draft.lastLine = Math.max(draft.lastLine, entry.line.no)
}

/**
 * The title lines just above a date: the nearest line, and those above it no farther apart
 * than it is from the date. Lines beyond go to `skipped`.
 */
function takeTitleAbove(candidates: Entry[], dateEntry: Entry, items: Item[], atStart: boolean): Entry[] {
  const title: Entry[] = []
  let limit = dateEntry.gap
  let i = candidates.length - 1
  for (; i >= 0; i--) {
    const entry = candidates[i] as Entry
    const below = title.length === 0 ? dateEntry.gap : (title[0] as Entry).gap
    if (title.length > 0 && (below > limit || title.length >= MAX_TITLE_LINES)) break
    if (isFooter(entry.line.text) || (title.length > 0 && (looksLikeHeading(entry.line.text) && !entry.line.named))) break
    title.unshift(entry)
    limit = Math.max(limit, below)
  }
  for (let j = i; j >= 0; j--) {
    const entry = candidates[j] as Entry
    const reason = isFooter(entry.line.text) ? 'page furniture' : atStart ? 'heading' : 'not part of an event'
    items.push(skip(entry.line.no, entry.line.text, reason))
  }
  return title
}

/** Between two dates (middle layout): is the first line the place of the event above? */
function firstIsPlaceAbove(between: Entry[]): boolean {
  const first = between[0] as Entry
  if (between.length === 1) return false
  const gapBefore = first.gap
  const gapAfter = (between[1] as Entry).gap
  if (gapBefore !== gapAfter) return gapBefore < gapAfter
  return placeLikeness(first.line.text) >= 1
}

function readMiddle(entries: Entry[], dateAt: number[], items: Item[]): void {
  let previous: RecordDraft | null = null
  let from = 0
  for (const at of dateAt) {
    const dateEntry = entries[at] as Entry
    let between = entries.slice(from, at)
    if (previous !== null && between.length > 0 && firstIsPlaceAbove(between)) {
      setPlace(previous, between[0] as Entry)
      between = between.slice(1)
    }
    const draft = newDraft(dateEntry)
    addTitle(draft, takeTitleAbove(between, dateEntry, items, previous === null))
    items.push(record(draft))
    previous = draft
    from = at + 1
  }
  const tail = entries.slice(from)
  let k = 0
  if (previous !== null && tail.length > 0 && !isFooter((tail[0] as Entry).line.text)) {
    setPlace(previous, tail[0] as Entry)
    k = 1
  }
  for (const entry of tail.slice(k)) items.push(skip(entry.line.no, entry.line.text, 'after the last event'))
}

/** Date first or date last: the record's own lines are shared between title and place. */
function fillFromOwnLines(draft: RecordDraft, lines: Entry[]): void {
  // A line that only gives the hour (`18:00–19:30`) is neither the title nor the place.
  const times = lines.filter((entry) => isDateRemnant(entry.line.text))
  const own = times.length === 0 ? lines : lines.filter((entry) => !times.includes(entry))
  let placeIndex = -1
  let best = 0
  own.forEach((entry, index) => {
    const score = placeLikeness(entry.line.text)
    // The first line is the title unless it is plainly a place and something else can be the title.
    const usable = index > 0 || (own.length > 1 && score >= 3)
    if (usable && score > best) {
      best = score
      placeIndex = index
    }
  })
  if (placeIndex >= 0) setPlace(draft, own[placeIndex] as Entry)
  let titles = own.filter((_, index) => index !== placeIndex)
  // A line that is wholly a link's text or a quotation names the event ("Conference" above it does not).
  const named = titles.findIndex((entry, index) => index <= 2 && entry.line.named)
  const before: Entry[] = named > 0 && !(titles[0] as Entry).line.named ? titles.slice(0, named) : []
  if (before.length > 0) titles = titles.slice(named)
  addTitle(draft, titles.slice(0, named >= 0 ? 1 : MAX_TITLE_LINES))
  const rest = [...times, ...before, ...titles.slice(named >= 0 ? 1 : MAX_TITLE_LINES)]
  if (rest.length > 0) {
    draft.notes = rest.map((e) => e.line.text)
    draft.lastLine = Math.max(draft.lastLine, ...rest.map((e) => e.line.no))
  }
}

function readFirst(entries: Entry[], dateAt: number[], items: Item[]): void {
  for (const entry of entries.slice(0, dateAt[0])) items.push(skip(entry.line.no, entry.line.text, 'heading'))
  dateAt.forEach((at, n) => {
    const end = dateAt[n + 1] ?? entries.length
    const own: Entry[] = []
    let i = at + 1
    const firstGap = entries[i]?.gap ?? 0
    for (; i < end; i++) {
      const entry = entries[i] as Entry
      if (own.length > 0 && entry.gap > firstGap) break
      if (isFooter(entry.line.text) || (looksLikeHeading(entry.line.text) && !entry.line.named)) break
      own.push(entry)
    }
    const draft = newDraft(entries[at] as Entry)
    fillFromOwnLines(draft, own)
    items.push(record(draft))
    for (; i < end; i++) {
      const entry = entries[i] as Entry
      items.push(skip(entry.line.no, entry.line.text, isFooter(entry.line.text) ? 'page furniture' : 'heading'))
    }
  })
}

function readLast(entries: Entry[], dateAt: number[], items: Item[]): void {
  let from = 0
  for (const at of dateAt) {
    const dateEntry = entries[at] as Entry
    const candidates = entries.slice(from, at)
    let start = candidates.length
    while (start > 0) {
      const entry = candidates[start - 1] as Entry
      const below = (candidates[start] ?? dateEntry).gap
      if (start < candidates.length && below > dateEntry.gap) break
      if (isFooter(entry.line.text) || (looksLikeHeading(entry.line.text) && !entry.line.named)) break
      start--
    }
    for (const entry of candidates.slice(0, start)) {
      items.push(skip(entry.line.no, entry.line.text, from === 0 ? 'heading' : 'not part of an event'))
    }
    const draft = newDraft(dateEntry)
    fillFromOwnLines(draft, candidates.slice(start))
    items.push(record(draft))
    from = at + 1
  }
  for (const entry of entries.slice(from)) items.push(skip(entry.line.no, entry.line.text, 'after the last event'))
}

export function readBlocks(lines: LineInfo[]): Item[] {
  const entries = entriesOf(lines)
  const dateAt: number[] = []
  entries.forEach((entry, index) => {
    if (entry.line.dateOnly !== null) dateAt.push(index)
  })
  const items: Item[] = []
  if (dateAt.length === 0) {
    for (const { line } of entries) items.push(skip(line.no, line.text, 'no date'))
    return items
  }
  const orientation = orientationOf(entries, dateAt)
  if (orientation === 'first') readFirst(entries, dateAt, items)
  else if (orientation === 'last') readLast(entries, dateAt, items)
  else readMiddle(entries, dateAt, items)
  return items
}
