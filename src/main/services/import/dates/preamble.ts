/** What may come before a date's body: weekdays, lead words ("du", "vom", "dia"), commas. */

import type { Token } from './tokens'
import * as joinWords from './joinWords'

// Bound once: read for every word that may open a date.
const LEAD_WORDS = joinWords.LEAD_WORDS

/** Alphabetic weekday words of five letters or more (jeudi, sábado, Monday) may carry a day alone: "Sábado, dia 23". */
function canCarryDayAlone(t: Token | undefined): boolean {
  return t?.kind === 'word' && t.weekday && t.word.length >= 5 && !/[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}-]/u.test(t.word)
}

/** What came before the body: a weekday named, one that may carry a day alone, a lead word. */
export interface Preamble {
  weekday: number | undefined
  dayCarrier: boolean
  led: boolean
}

/** Lead words, a weekday and a comma may come before the body, in any order: "sábado, dia 23", "le mardi 3". */
export function skipPreamble(c: { tokens: Token[]; i: number }, parts: Preamble): void {
  for (let steps = 0; steps < 4; steps++) {
    const t = c.tokens[c.i]
    if (t?.kind === 'word' && t.weekday) {
      parts.weekday ??= t.weekdayValue
      parts.dayCarrier ||= canCarryDayAlone(t)
    } else if (t?.kind === 'word' && LEAD_WORDS.has(t.word)) {
      parts.led = true
    } else if (t?.kind !== 'comma' || steps === 0) {
      return
    }
    c.i++
  }
}

/** Only marks (bullets, pipes) before token `at`: it opens the line. */
export function opensLine(tokens: Token[], at: number): boolean {
  for (let i = 0; i < at; i++) if ((tokens[i] as Token).kind !== 'other') return false
  return true
}
