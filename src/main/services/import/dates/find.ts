/** Finds every date expression in a line: word dates and numeric dates, each with any time beside it. */

import { tokenize, type Token } from './tokens'
import { readWordDateAt } from './wordDates'
import { findNumericDates } from './numericDates'
import { readTimeAt } from './times'
import type { DateParts } from './parts'

const HAS_DIGIT = /\d/

function firstTokenAtOrAfter(tokens: Token[], from: number, offset: number): number {
  let i = from
  while (i < tokens.length && (tokens[i] as Token).start < offset) i++
  return i
}

function findWordDates(line: string): DateParts[] {
  const tokens = tokenize(line)
  const found: DateParts[] = []
  let i = 0
  while (i < tokens.length) {
    const parts = readWordDateAt(tokens, i)
    if (parts === null) {
      i++
      continue
    }
    found.push(parts)
    i = firstTokenAtOrAfter(tokens, i + 1, parts.index + parts.length)
  }
  return found
}

function overlaps(a: DateParts, b: DateParts): boolean {
  return a.index < b.index + b.length && b.index < a.index + a.length
}

function withTime(line: string, parts: DateParts): DateParts {
  const end = parts.index + parts.length
  const time = readTimeAt(line.slice(end, end + 40))
  if (time === null) return parts
  return { ...parts, time: time.time, length: parts.length + time.length }
}

/** All date expressions in `line`, in order, not overlapping. */
const NONE: DateParts[] = []

export function findDatesInLine(line: string): DateParts[] {
  if (!HAS_DIGIT.test(line)) return NONE
  const numeric = findNumericDates(line)
  const words = findWordDates(line)
  if (numeric.length === 0 && words.length === 0) return NONE
  const all =
    numeric.length === 0
      ? words
      : [...numeric, ...words.filter((w) => !numeric.some((n) => overlaps(n, w)))].sort((a, b) => a.index - b.index)
  return all.map((parts) => withTime(line, parts))
}
