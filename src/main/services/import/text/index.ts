/**
 * The listing-text importer: a web page copied as text (the fixture's layout and its cousins:
 * date first, one event per line, tables pasted as text) -> ParsedRecords.
 */

import type { ParseOptions, ParseResult } from '../types'
import { runSteps, scaledSteps, type ParseSteps } from '../steps'
import { analyseLine, splitLines, type LineInfo } from './lines'
import { detectLayout } from './layout'
import { readBlocks } from './blocks'
import { readOneLine } from './oneLine'
import { readTable } from './table'
import { buildSteps } from './build'
import type { Item } from './draft'

export { CancelledError } from '../steps'

const PROGRESS_EVERY = 2000
/** Share of the work done once every line has been looked at (the costly part). */
const ANALYSIS_SHARE = 0.8

function readItems(lines: LineInfo[]): Item[] {
  const layout = detectLayout(lines)
  if (layout.kind === 'table') return readTable(lines, layout.separator)
  if (layout.kind === 'oneLine') return readOneLine(lines)
  return readBlocks(lines)
}

/** The listing-text parse in slices (see ../steps): yields the share done every PROGRESS_EVERY lines. */
export function* listingTextSteps(text: string, options: Pick<ParseOptions, 'year'> = {}): ParseSteps<ParseResult> {
  const rawLines = splitLines(text.replace(/^\ufeff/, ''))
  const lines: LineInfo[] = new Array<LineInfo>(rawLines.length)
  for (let i = 0; i < rawLines.length; i++) {
    if (i % PROGRESS_EVERY === 0) yield (i / rawLines.length) * ANALYSIS_SHARE
    lines[i] = analyseLine(rawLines[i] as string, i + 1)
  }
  const items = readItems(lines)
  const { records, skipped } = yield* scaledSteps(buildSteps(items, { rawLines, year: options.year }), ANALYSIS_SHARE, 1)
  yield 1
  const notices: string[] = []
  if (records.length === 0 && skipped.length > 0) notices.push('no dates found: nothing in the text reads as an event')
  return { format: 'text', records, skipped, notices }
}

export function parseListingText(text: string, options: ParseOptions = {}): ParseResult {
  return runSteps(listingTextSteps(text, options), options.onProgress)
}
