/** The source cut into numbered lines, each cleaned of markup and looked at once for the dates in it. */

import { findDatesInLine, type DateParts, type FindOptions } from '../dates'
import { cleanLine } from './clean'
import { withoutPageDates } from './metaDates'

export interface LineInfo {
  /** 1-based line number. */
  no: number
  /** The line as written. */
  raw: string
  /** Trimmed, markup removed (links keep their text), non-breaking spaces made plain. */
  text: string
  /** Every date expression in the line. */
  dates: DateParts[]
  /** The date when the line is nothing but a date (a label such as "Date:" and a time allowed). */
  dateOnly: DateParts | null
  /** A Markdown heading or a line wholly in bold. */
  heading: boolean
  /** A list item (`- `): in listings, often a sub-item of the line above. */
  bullet: boolean
  /** The whole line is a link's text or a quotation (see clean.ts). */
  named: boolean
  /** The texts of the links in the line. */
  links?: string[]
}

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/
const DATE_LABEL = /^(?:dates?|when|datum|fecha|fechas|data|quand|wann|date\(s\)|le|on|start|begin|inicio|début)\s*:?\s*/i
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

const ODD_SPACES = /[\u00a0\u202f\ufeff\u2007\u2009]/g
const NO_DATES: DateParts[] = []

/** Reads the dates of a line of text; the date-only reading is kept when nothing else is on it. */
export function datesOf(text: string, options?: FindOptions): { dates: DateParts[]; dateOnly: DateParts | null } {
  const dates = text === '' ? NO_DATES : withoutPageDates(text, findDatesInLine(text, options))
  const dateOnly = dates.length === 1 && leftoverIsFiller(text, dates[0] as DateParts) ? (dates[0] as DateParts) : null
  return { dates, dateOnly }
}

export function analyseLine(raw: string, no: number, options?: FindOptions): LineInfo {
  const plain = ODD_SPACES.test(raw) ? raw.replace(ODD_SPACES, ' ') : raw
  ODD_SPACES.lastIndex = 0
  const clean = cleanLine(plain)
  const { dates, dateOnly } = datesOf(clean.text, options)
  const info: LineInfo = { no, raw, text: clean.text, dates, dateOnly, heading: clean.heading, bullet: clean.bullet, named: clean.named === true }
  if (clean.links !== undefined) info.links = clean.links
  return info
}

/** Sets a line's dates anew (after its text changed, or a date was read from the page's context). */
export function setDates(line: LineInfo, dates: DateParts[]): void {
  line.dates = dates
  line.dateOnly = dates.length === 1 && leftoverIsFiller(line.text, dates[0] as DateParts) ? (dates[0] as DateParts) : null
}

export function isBlank(line: LineInfo): boolean {
  return line.text === ''
}

export function dateTextOf(line: LineInfo, date: DateParts): string {
  return line.text.slice(date.index, date.index + date.length)
}
