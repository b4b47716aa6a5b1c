/**
 * What a page says once for the lines under it: a year in its title or front matter, a month
 * heading (`### May`, `JANVIER 2019`, `(平成31年4月)`), and the order of its months (a year rolls
 * over from December to January). Each line gets the year and month in force where it stands,
 * with the heading they came from, so a date that gives only a day or a day and a month can be
 * completed, and its record can say where the rest came from.
 */

import type { DateParts } from '../dates'
import { foldWord, monthOf } from '../dates/monthNames'
import type { LineInfo } from './lines'

export interface ContextValue {
  value: number
  /** The line that gave it, as written (for the record's warning). */
  source: string
}

export interface PageContext {
  /** Year in force at each line (by 0-based index), if any. */
  yearAt: (ContextValue | undefined)[]
  /** Month in force at each line, if any. */
  monthAt: (ContextValue | undefined)[]
}

const YEAR = /(?<![\d.,/:-])(1[89]\d\d|2[01]\d\d)(?![\d.,/:-]\d)/
const ERA = /(平成|令和|昭和)\s*(元|\d{1,2})\s*年/
const ERA_START: Record<string, number> = { 昭和: 1925, 平成: 1988, 令和: 2018 }
const CJK_MONTH = /(?<!\d)(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/
const MAX_HEADING_WORDS = 12
/** Words that may stand beside a month in a month heading: "Termine im Mai", "Mois de mai", "in May". */
const MONTH_HEADING_FILLER = new Set(['im', 'in', 'de', 'du', 'of', 'mois', 'month', 'month of', 'el', 'il', 'mese', 'di', 'em', 'van', 'w', 'v', 'termine', 'events', 'agenda'])

export function eraYear(text: string): number | null {
  const era = ERA.exec(text)
  if (era === null) return null
  const offset = era[2] === '元' ? 1 : Number(era[2])
  return (ERA_START[era[1] as string] as number) + offset
}

/** The year a heading-like line gives, if it gives one and is not itself an event with a day. */
function yearOfHeading(line: LineInfo): number | null {
  if (line.dates.some(hasDay)) return null
  const era = eraYear(line.text)
  if (era !== null) return era
  const match = YEAR.exec(line.text)
  return match === null ? null : Number(match[1])
}

function hasDay(parts: DateParts): boolean {
  return parts.start.day !== undefined
}

function words(text: string): string[] {
  return text
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
}

/** Words in `text`, counted up to `limit` without building them (this runs on most lines of a page). */
function countWords(text: string, limit: number): number {
  let count = 0
  let inWord = false
  for (let i = 0; i < text.length && count < limit; i++) {
    const code = text.charCodeAt(i)
    const separator = code === 32 || code === 44 || code === 45 || code === 47 || code === 40 || code === 41 || code === 58 || code === 59
    if (separator) inWord = false
    else if (!inWord) {
      inWord = true
      count++
    }
  }
  return count
}

/** The month a line names when it is a month heading: "May", "Styczeń", "JANVIER 2019", "Termine im Mai:", "4月". */
export function monthOfHeading(line: LineInfo): number | null {
  if (line.dates.some(hasDay)) return null
  // `市長の一日(平成31年4月)`: an era year with its month, in a heading.
  const eraMonth = /(?:平成|令和|昭和)\s*(?:元|\d{1,2})\s*年\s*(\d{1,2})\s*月/.exec(line.text)
  if (eraMonth !== null) return Number(eraMonth[1]) >= 1 && Number(eraMonth[1]) <= 12 ? Number(eraMonth[1]) : null
  const all = words(line.text)
  if (all.length === 0 || all.length > 5) return null
  let month: number | null = null
  for (const word of all) {
    if (/^\d+$/.test(word)) {
      if (YEAR.test(word)) continue
      return null
    }
    const found = monthOf(foldWord(word))
    if (found !== undefined && month === null) month = found
    else if (!MONTH_HEADING_FILLER.has(word.toLowerCase()) && !ERA.test(word)) return null
  }
  if (month !== null) return month
  const cjk = CJK_MONTH.exec(line.text)
  if (cjk !== null && (all.length <= 3 || ERA.test(line.text))) {
    const value = Number(cjk[1])
    return value >= 1 && value <= 12 ? value : null
  }
  return null
}

/** A line that may set the year for the lines below: a heading, the page's first lines, a short title. */
function isHeadingLike(line: LineInfo, index: number, firstTextIndex: number): boolean {
  if (line.heading) return true
  // A link's text or a quotation names an event ("ATTW 2018 Conference"), never a section.
  if (line.named) return false
  const nearTop = index - firstTextIndex <= 2
  // Most lines are long or far down: decided without splitting them into words.
  if (line.text.length > (nearTop ? 200 : 60)) return false
  const count = countWords(line.text, MAX_HEADING_WORDS + 1)
  if (count > MAX_HEADING_WORDS) return false
  if (nearTop) return true
  // Lower down, only a short line of its own: "Mittwochsvorträge 2019", "JANVIER 2019", "May".
  // A year inside an event's name ("4時、「2020サザンセト…」") is not a heading.
  return count <= 4 && !/[.!?、。]/.test(line.text) && !/^\D{0,6}\d{1,2}\D/.test(line.text)
}

/**
 * Walks the page once. `pageTitle` is the front matter's title, if any (it counts as the first heading).
 * A month heading lower in the year than the one before it (December, then January) moves the year on
 * when that year came from a heading, not from the month heading itself.
 */
export function readPageContext(lines: readonly LineInfo[], pageTitle: string | null = null): PageContext {
  const yearAt = new Array<ContextValue | undefined>(lines.length)
  const monthAt = new Array<ContextValue | undefined>(lines.length)
  let year: ContextValue | undefined
  let month: ContextValue | undefined
  if (pageTitle !== null) {
    const titleYear = eraYear(pageTitle) ?? (YEAR.exec(pageTitle) ? Number(YEAR.exec(pageTitle)![1]) : null)
    if (titleYear !== null) year = { value: titleYear, source: pageTitle }
  }
  let firstTextIndex = -1
  // Where no heading gives the year, the last date above that gave one does ("Start: 21/10/2024").
  let lastDatedYear: ContextValue | undefined
  let monthFromHeading = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as LineInfo
    yearAt[i] = year ?? lastDatedYear
    monthAt[i] = month
    if (line.text === '') continue
    if (firstTextIndex < 0) firstTextIndex = i
    const dated = line.dates.find((d) => d.start.year !== undefined || d.end?.year !== undefined)
    if (dated !== undefined) lastDatedYear = { value: (dated.start.year ?? dated.end?.year) as number, source: line.text.slice(dated.index, dated.index + dated.length) }
    // A period stated before any month heading ("de 23 a 29 de Novembro") gives the month of day-only lines below.
    const period = line.dates.find((d) => d.end !== undefined && d.start.month !== undefined && d.start.day !== undefined && d.start.year === undefined && d.end.year === undefined)
    if (month === undefined && period !== undefined) month = { value: period.start.month as number, source: line.text.slice(period.index, period.index + period.length) }
    // A month and year at the start of a line ("JANVIER 2019 BRASILIA (Brésil) - …") heads what follows.
    const lead = line.dates[0]
    if (lead !== undefined && lead.index <= 1 && lead.start.day === undefined && lead.start.month !== undefined && lead.start.year !== undefined && lead.end === undefined && words(line.text).length > 2) {
      year = { value: lead.start.year, source: line.text.slice(lead.index, lead.index + lead.length) }
      month = { value: lead.start.month, source: year.source }
      continue
    }
    // Where no month heading is in force, a full date above gives day-only lines their month (`4月22日` then `21日`).
    const dayDate = line.dates.find((d) => d.start.day !== undefined && d.start.month !== undefined)
    if (dayDate !== undefined && !monthFromHeading) month = { value: dayDate.start.month as number, source: line.text.slice(dayDate.index, dayDate.index + dayDate.length) }
    if (!isHeadingLike(line, i, firstTextIndex)) continue
    const headingMonth = monthOfHeading(line)
    const headingYear = yearOfHeading(line)
    if (headingYear !== null) year = { value: headingYear, source: line.text }
    if (headingMonth !== null) {
      if (headingYear === null && year !== undefined && month !== undefined && headingMonth < month.value && month.value - headingMonth >= 6) {
        year = { value: year.value + 1, source: `${year.source} (the months roll over into the next year at '${line.text}')` }
      }
      month = { value: headingMonth, source: line.text }
      monthFromHeading = true
    } else if (headingYear !== null) {
      // A new year heading without a month starts afresh: an old month heading no longer applies.
      month = undefined
      monthFromHeading = false
    }
    if (line.heading || headingMonth !== null || headingYear !== null) {
      yearAt[i] = year ?? lastDatedYear
      monthAt[i] = month
    }
  }
  return { yearAt, monthAt }
}
