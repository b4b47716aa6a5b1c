/** What the layout readers hand to the record builder: pieces of text, not yet interpreted. */

import type { DateParts } from '../dates'
import type { SkippedLine } from '../types'

export interface RecordDraft {
  /** First title line, then any continuation lines, as written (trimmed). */
  titleLines: string[]
  date: DateParts | null
  /** The date as written, with any time beside it. */
  dateText: string | null
  place: string | null
  /** Table columns may give city and country apart; they win over reading `place`. */
  city?: string | null
  country?: string | null
  /** The line the date was read from (1-based), when it is not the first line. */
  dateLine?: number
  /** First and last source line of the record (1-based, inclusive). */
  firstLine: number
  lastLine: number
  /** Other dates the title carries ("Tokyo Declaration - 18 January 2012"). */
  datesInTitle: number
  notes?: string[]
  warnings?: string[]
}

export type Item = { kind: 'record'; draft: RecordDraft } | { kind: 'skip'; skipped: SkippedLine }

export function skip(line: number, text: string, reason: string): Item {
  return { kind: 'skip', skipped: { line, text, reason } }
}

export function record(draft: RecordDraft): Item {
  return { kind: 'record', draft }
}

export function firstLineOf(item: Item): number {
  return item.kind === 'record' ? item.draft.firstLine : item.skipped.line
}
