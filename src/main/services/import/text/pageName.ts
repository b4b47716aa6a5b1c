/**
 * What a page is about, from its first heading: "John Prine 2019 Tour Dates" names John Prine.
 * Used as the title of events a layout gives no name of their own (a tour's dates and venues).
 */

import type { LineInfo } from './lines'
import { monthOfHeading } from './pageContext'

const GENERIC =
  /\b(?:tour|tours|dates?|calendar|calendrier|kalender|events?|agenda|schedule|programme|program|programm|listings?|upcoming|concerts?|shows?|termine|veranstaltungen|eventos|eventi|manifestations|tournée|gira|in|the|of|de|du|des|la|le|les)\b/gi
const YEAR = /\b(?:1[89]|2[01])\d\d\b/g
const MAX_WORDS = 10

export function pageNameOf(lines: readonly LineInfo[]): string | null {
  let seen = 0
  for (const line of lines) {
    if (line.text === '') continue
    if (++seen > 3) return null
    if (line.dates.some((d) => d.start.day !== undefined)) return null
    if (monthOfHeading(line) !== null) return null
    const words = line.text.split(/\s+/)
    if (words.length > MAX_WORDS) continue
    const name = line.text.replace(YEAR, ' ').replace(GENERIC, ' ').replace(/[\s:–—|-]+/g, ' ').trim()
    if (name.length >= 3) return name
  }
  return null
}
