/**
 * The listing-text importer: a web page copied as text (the fixture's layout and its cousins:
 * date first, one event per line, tables pasted as text) -> ParsedRecords.
 */

import type { ParseOptions, ParseResult } from '../types'
import { runSteps, scaledSteps, type ParseSteps } from '../steps'
import { analyseLine, datesOf, setDates, splitLines, type LineInfo } from './lines'
import { guessPageLanguages, numericOrderOfPage, type FindOptions } from '../dates'
import { foldWord, monthOf } from '../dates/monthNames'
import { readFrontMatter } from './frontMatter'
import { readPageContext, type PageContext } from './pageContext'
import { yearNamedInText } from './namedYear'
import { joinOpenEnd, leadingDays } from './dayOnly'
import { detectLayout } from './layout'
import { readBlocks } from './blocks'
import { readOneLine } from './oneLine'
import { looksDateFirst, readDateFirst } from './dateFirst'
import { pageNameOf } from './pageName'
import { looksLikeSchedule, readSchedule } from './schedule'
import { looksLabelled, readLabelled } from './labelled'
import { readTable } from './table'
import { looksLikeProse, readProse } from './prose'
import { buildSteps } from './build'
import type { Item } from './draft'
import { applyTitleEnds, applyYearHeadings, attachTaughtLines, prepareTaughtLines, readInstructions, type ColumnRoles } from './instructions'

export { CancelledError } from '../steps'

const PROGRESS_EVERY = 2000
/** Share of the work done once every line has been looked at (the costly part). */
const ANALYSIS_SHARE = 0.8

function readItems(lines: LineInfo[], columns?: ColumnRoles): Item[] {
  const layout = detectLayout(lines)
  if (layout.kind === 'table') return readTable(lines, layout.separator, columns)
  if (looksLikeProse(lines)) return readProse(lines)
  if (looksLabelled(lines)) return readLabelled(lines)
  if (looksLikeSchedule(lines)) return readSchedule(lines)
  if (looksDateFirst(lines)) return readDateFirst(lines, pageNameOf(lines), columns)
  if (layout.kind === 'oneLine') return readOneLine(lines, columns)
  return readBlocks(lines)
}

/**
 * The page as a whole: front matter set aside (its title may give the year), the year and month
 * each line stands under, and day-only lines (`8-10 • …`) read as dates where a month heading
 * is above them.
 */
function readPage(lines: LineInfo[], rawLines: string[]): PageContext {
  const front = readFrontMatter(rawLines)
  if (front !== null) {
    for (let i = 0; i <= front.lastLine; i++) blankOut(lines[i] as LineInfo)
  }
  const page = readPageContext(lines, front?.title ?? null)
  // No heading gives a year: a year the text names may, where the weekdays confirm it.
  if (!page.yearAt.some((y) => y !== undefined)) {
    const named = yearNamedInText(lines)
    if (named !== null) page.yearAt.fill(named)
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineInfo
    if (line.text === '' || page.monthAt[i] === undefined || (line.dates[0] !== undefined && line.dates[0].index === 0)) continue
    const days = leadingDays(line.text)
    if (days === null) continue
    const rest = line.dates.filter((d) => d.index >= days.length)
    setDates(line, joinOpenEnd(days, rest) ?? [days, ...rest])
    joinMonthTile(lines, i)
  }
  return page
}

/**
 * A date tile (`MAR` over `12`): the month alone on the line right above a day is part of that
 * date, not a heading or a title. The two become one line, read as one date.
 */
function joinMonthTile(lines: LineInfo[], at: number): void {
  const above = lines[at - 1]
  const line = lines[at] as LineInfo
  if (above === undefined || above.no !== line.no - 1 || !/^\p{L}{3,12}\.?$/u.test(above.text) || line.dateOnly === null) return
  if (monthOf(foldWord(above.text.replace(/\.$/, ''))) === undefined) return
  const offset = above.text.length + 1
  const text = `${above.text} ${line.text}`
  const date = line.dateOnly
  line.text = text
  setDates(line, [{ ...date, index: 0, length: date.index + date.length + offset }])
  blankOut(above)
}

/** Longer than this, a line holding several dated events is a page flattened onto one line. */
const RUN_TOGETHER_LENGTH = 300

/**
 * A page whose cards were flattened onto one line (`… October 3, 2018 Cultural Programs 2018
 * Margaret Mead Film Festival … October 18, 2018 - October 21, 2018 Special Events …`): cut it
 * after each date, so each piece is one event ending with its date. The pieces keep the line's number.
 */
function splitRunTogether(lines: LineInfo[], options: FindOptions): LineInfo[] {
  if (!lines.some((line) => line.text.length > RUN_TOGETHER_LENGTH && line.dates.length >= 3)) return lines
  const out: LineInfo[] = []
  for (const line of lines) {
    if (line.text.length <= RUN_TOGETHER_LENGTH || line.dates.length < 3) {
      out.push(line)
      continue
    }
    let from = 0
    line.dates.forEach((date, n) => {
      const end = date.index + date.length
      // A date with only punctuation before the next one (`… from April 19–April 26. Through
      // January 1, 2020 …`) is inside a card's text: no card ends between two dates.
      const next = line.dates[n + 1]
      if (next !== undefined && /^[\s\p{P}]*$/u.test(line.text.slice(end, next.index))) return
      const piece = line.text.slice(from, end).trim()
      if (piece !== '') out.push(pieceOf(line, piece, options))
      from = end
    })
    const tail = line.text.slice(from).trim()
    if (tail !== '') out.push(pieceOf(line, tail, options))
  }
  return out
}

function pieceOf(line: LineInfo, text: string, options: FindOptions): LineInfo {
  const piece: LineInfo = { ...line, text, dates: [], dateOnly: null }
  setDates(piece, datesOf(text, options).dates)
  return piece
}

function blankOut(line: LineInfo): void {
  line.text = ''
  line.dates = []
  line.dateOnly = null
}

/** The listing-text parse in slices (see ../steps): yields the share done every PROGRESS_EVERY lines. */
export function* listingTextSteps(text: string, options: Pick<ParseOptions, 'year' | 'instructions'> = {}): ParseSteps<ParseResult> {
  const rawLines = splitLines(text.replace(/^\ufeff/, ''))
  const lines: LineInfo[] = new Array<LineInfo>(rawLines.length)
  // The page's languages settle month words that differ between them ("listopad"); its numeric
  // order settles 03/04; partial readings (a day alone, an open start) are completed from context.
  const findOptions: FindOptions = { languages: guessPageLanguages(rawLines), partial: true }
  const numericOrder = numericOrderOfPage(rawLines)
  if (numericOrder !== null) findOptions.numericOrder = numericOrder
  for (let i = 0; i < rawLines.length; i++) {
    if (i % PROGRESS_EVERY === 0) yield (i / rawLines.length) * ANALYSIS_SHARE
    lines[i] = analyseLine(rawLines[i] as string, i + 1, findOptions)
  }
  const read = splitRunTogether(lines, findOptions)
  const instructions = options.instructions ?? []
  const taught = instructions.length > 0 ? readInstructions(read, instructions) : null
  const prepared = taught === null ? null : prepareTaughtLines(read, taught)
  const page = readPage(read, rawLines)
  if (taught !== null && prepared !== null) applyYearHeadings(read, page, taught, new Map(prepared.setAside.map((entry) => [entry.line.no, entry.text])))
  const { items, pagePlaces } =
    taught === null || prepared === null
      ? { items: readItems(read), pagePlaces: [] }
      : attachTaughtLines(readItems(prepared.reader, taught.columns), prepared.setAside, rawLines)
  if (taught !== null) applyTitleEnds(items, instructions)
  const { records, skipped } = yield* scaledSteps(buildSteps(items, { rawLines, year: options.year, page, pagePlaces }), ANALYSIS_SHARE, 1)
  yield 1
  const notices: string[] = []
  if (records.length === 0 && skipped.length > 0) notices.push('no dates found: nothing in the text reads as an event')
  return { format: 'text', records, skipped, notices }
}

export function parseListingText(text: string, options: ParseOptions = {}): ParseResult {
  return runSteps(listingTextSteps(text, options), options.onProgress)
}
