/**
 * The listing-text importer: a web page copied as text (the fixture's layout and its cousins:
 * date first, one event per line, tables pasted as text) -> ParsedRecords.
 */

import { ParseError, type ParseOptions, type ParseResult } from '../types'
import { analyseLine, splitLines, type LineInfo } from './lines'
import { detectLayout } from './layout'
import { readBlocks } from './blocks'
import { readOneLine } from './oneLine'
import { readTable } from './table'
import { buildAll } from './build'
import type { Item } from './draft'

/** Thrown when options.onProgress asks to stop. A ParseError, so callers catching those see it too. */
export class CancelledError extends ParseError {
  constructor() {
    super('cancelled')
    this.name = 'CancelledError'
  }
}

const PROGRESS_EVERY = 2000
/** Share of the work done once every line has been looked at (the costly part). */
const ANALYSIS_SHARE = 0.8

function progressReporter(options: ParseOptions): (share: number) => void {
  return (share) => {
    if (options.onProgress?.(Math.min(1, Math.max(0, share))) === true) throw new CancelledError()
  }
}

function readItems(lines: LineInfo[]): Item[] {
  const layout = detectLayout(lines)
  if (layout.kind === 'table') return readTable(lines, layout.separator)
  if (layout.kind === 'oneLine') return readOneLine(lines)
  return readBlocks(lines)
}

export function parseListingText(text: string, options: ParseOptions = {}): ParseResult {
  const report = progressReporter(options)
  const rawLines = splitLines(text.replace(/^\ufeff/, ''))
  const lines: LineInfo[] = new Array<LineInfo>(rawLines.length)
  for (let i = 0; i < rawLines.length; i++) {
    if (i % PROGRESS_EVERY === 0) report((i / rawLines.length) * ANALYSIS_SHARE)
    lines[i] = analyseLine(rawLines[i] as string, i + 1)
  }
  const items = readItems(lines)
  const { records, skipped } = buildAll(items, {
    rawLines,
    year: options.year,
    tick: (index, total) => report(ANALYSIS_SHARE + (index / Math.max(1, total)) * (1 - ANALYSIS_SHARE))
  })
  report(1)
  const notices: string[] = []
  if (records.length === 0 && skipped.length > 0) notices.push('no dates found: nothing in the text reads as an event')
  return { format: 'text', records, skipped, notices }
}
