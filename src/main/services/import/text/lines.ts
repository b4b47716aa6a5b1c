/** The source cut into numbered lines, each looked at once for the dates in it. */

import { findDatesInLine, type DateParts } from '../dates'

export interface LineInfo {
  /** 1-based line number. */
  no: number
  /** The line as written. */
  raw: string
  /** Trimmed, with non-breaking spaces made plain. */
  text: string
  /** Every date expression in the line. */
  dates: DateParts[]
  /** The date when the line is nothing but a date (a label such as "Date:" and a time allowed). */
  dateOnly: DateParts | null
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/
const DATE_LABEL = /^(?:dates?|when|datum|fecha|fechas|data|quand|wann|date\(s\)|le|on)\s*:?\s*/i
/** What may stay beside a date on a date line: brackets, punctuation, "tbc". */
const DATE_LINE_FILLER = /\b(?:tbc|tba|tbd|to be confirmed|provisional|à confirmer)\b|[\s\p{P}\p{S}]+/giu

function leftoverIsFiller(text: string, date: DateParts): boolean {
  const before = text.slice(0, date.index).replace(DATE_LABEL, '')
  const after = text.slice(date.index + date.length)
  return (before + ' ' + after).replace(DATE_LINE_FILLER, '') === ''
}

export function splitLines(text: string): string[] {
  return text.split(LINE_BREAK)
}

const ODD_SPACES = /[\u00a0\u202f\ufeff]/g
const NO_DATES: DateParts[] = []

export function analyseLine(raw: string, no: number): LineInfo {
  const text = (ODD_SPACES.test(raw) ? raw.replace(ODD_SPACES, ' ') : raw).trim()
  ODD_SPACES.lastIndex = 0
  const dates = text === '' ? NO_DATES : findDatesInLine(text)
  let dateOnly: DateParts | null = null
  if (dates.length === 1 && leftoverIsFiller(text, dates[0] as DateParts)) dateOnly = dates[0] as DateParts
  return { no, raw, text, dates, dateOnly }
}

export function isBlank(line: LineInfo): boolean {
  return line.text === ''
}

export function dateTextOf(line: LineInfo, date: DateParts): string {
  return line.text.slice(date.index, date.index + date.length)
}
