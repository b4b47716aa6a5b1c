/** Test helper: what findDatesInLine reads in a line, resolved, in a form a table of cases can state. */

import { findDatesInLine } from './find'
import { resolveParts, type YearContext } from './resolve'
import type { FindOptions } from './parts'

export interface Read {
  text: string
  start: string | null
  end: string | null
  warnings: string[]
}

export function readAll(line: string, options: FindOptions & YearContext = {}): Read[] {
  return findDatesInLine(line, options).map((parts) => {
    const text = line.slice(parts.index, parts.index + parts.length)
    const reading = resolveParts(parts, text, options)
    return { text, start: reading.startDate, end: reading.endDate, warnings: reading.warnings }
  })
}

/** The one date of a line, as [start, end]; fails the test's expectation when there are none or several. */
export function readOne(line: string, options: FindOptions & YearContext = {}): [string | null, string | null] | string {
  const all = readAll(line, options)
  if (all.length !== 1) return `${all.length} dates in '${line}': ${all.map((r) => r.text).join(' | ')}`
  const only = all[0] as Read
  return [only.start, only.end]
}
