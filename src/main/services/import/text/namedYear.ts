/**
 * A page with no year in a heading may still name one in its text ("… elezioni europee 2024",
 * "the 2031 season"). That year is taken for the page's yearless dates only when the page names
 * exactly one year and every date that names its weekday (`Lunedì 13 maggio`, `Tuesday 14 May`)
 * falls on that weekday in that year: the weekdays confirm it, so it is read, not guessed. A page
 * with no year anywhere, or whose weekdays disagree, keeps its dates without a year.
 */

import { findYearInText, type DateParts } from '../dates'
import type { ContextValue } from './pageContext'
import type { LineInfo } from './lines'

/** Enough to decide; a long listing is not read to the end for this. */
const MAX_LINES = 3000

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay()
}

function hasWeekdayToCheck(d: DateParts): boolean {
  return d.weekday !== undefined && d.start.year === undefined && d.start.month !== undefined && d.start.day !== undefined && d.end === undefined
}

export function yearNamedInText(lines: readonly LineInfo[]): ContextValue | null {
  const checks: DateParts[] = []
  const texts: string[] = []
  for (const line of lines.slice(0, MAX_LINES)) {
    if (line.text === '') continue
    texts.push(line.text)
    for (const d of line.dates) if (hasWeekdayToCheck(d)) checks.push(d)
  }
  if (checks.length === 0) return null
  const year = findYearInText(texts.join('\n'))
  if (year === undefined) return null
  const agree = checks.every((d) => weekdayOf(year, d.start.month as number, d.start.day as number) === d.weekday)
  if (!agree) return null
  const named = texts.find((t) => t.includes(String(year))) ?? String(year)
  const at = named.indexOf(String(year))
  const excerpt = named.slice(Math.max(0, at - 30), at + 4).trim()
  return { value: year, source: `…${excerpt} (named in the text; its weekdays agree)` }
}
