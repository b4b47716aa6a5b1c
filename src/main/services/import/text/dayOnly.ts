/**
 * Under a month heading, a line may give only its day: `8-10 • Moscow, Russia • …`,
 * `1 - RIO DE JANEIRO (Brésil) - …`, `31-1 • Minneapolis` (31 January to 1 February). Such a
 * number is a day only where the page has said which month it is, and only when it is not a
 * time (`18h`, `16.00 uur`), an amount or an ordinal of something else.
 */

import type { DateParts, DayParts } from '../dates'
import { foldWord, isWeekday } from '../dates/monthNames'

// day, optional range to a second day, then a separator or a word; never a time or a decimal.
// An ordinal ("1st ICC expert visit", "4th European Seminar") is a day only before a separator.
const LEADING_DAYS = /^(\d{1,2})(?:(?:er|st|nd|rd|th)(?=\s*$|\s*[•·|,;–—)]|\s+[-–—]\s)|\.(?!\s+\p{Lu}))?(?:\s*[-–—/]\s*(\d{1,2})(?:er|st|nd|rd|th|\.)?)?(?=\s*$|\s*[•·|,;–—)]|\s+[-–—]\s|\s+\p{L})/u
const NOT_A_DAY_AFTER = /^\s*(?:h\b|h\d|uhr|uur|hrs?\b|hours?\b|heures?|horas?|ore\b|:|\.\d|%|€|\$|x\b|mal\b|fois\b|times\b|days?\b|jours?\b|tage?\b|días?\b|giorni\b|dias\b|min|km|kg|p\.|pages?\b|places?\b|personnes|people|participants)/i

/** `29日(月曜日)`: a day and its weekday in Japanese or Chinese. */
const CJK_DAY = /^(\d{1,2})\s*日\s*(?:[（(][^)）]{1,6}[)）])?\s*$/
/** `Sábado, dia 23`, `Jeudi 12`, `le 3`: a weekday or an article before the day. */
const DAY_WORDS = /^(\p{L}+(?:-\p{L}+)?)\s*,?\s+(?:(?:dia|día|le|den|am|the|il|el|o)\s+)?(?=\d)/u

const STARTS_WITH_DIGIT = /^\d/
const FIRST_WORD = /^\p{L}{2,14}(?:-\p{L}{2,6})?/u

export function leadingDays(text: string): DateParts | null {
  if (!STARTS_WITH_DIGIT.test(text)) {
    // Only a weekday may stand before the day: most lines are settled by their first word.
    const first = FIRST_WORD.exec(text)
    if (first === null || !isWeekday(foldWord(first[0]))) return null
  }
  const cjk = CJK_DAY.exec(text)
  if (cjk !== null) {
    const day = Number(cjk[1])
    return day >= 1 && day <= 31 ? { start: { day }, index: 0, length: cjk[0].length } : null
  }
  const words = DAY_WORDS.exec(text)
  if (words !== null && isWeekday(foldWord(words[1] as string))) {
    const rest = leadingDays(text.slice(words[0].length))
    return rest === null ? null : { ...rest, index: 0, length: words[0].length + rest.length }
  }
  const match = LEADING_DAYS.exec(text)
  if (match === null) return null
  const rest = text.slice(match[0].length)
  if (NOT_A_DAY_AFTER.test(rest)) return null
  const first = Number(match[1])
  const second = match[2] === undefined ? undefined : Number(match[2])
  if (first < 1 || first > 31 || (second !== undefined && (second < 1 || second > 31 || second === first))) return null
  const parts: DateParts = { start: { day: first }, index: 0, length: match[0].length }
  if (second !== undefined) parts.end = { day: second }
  return parts
}

/**
 * `5 - London - Fashion week (jusqu'au 7)`, `12 – Ghent – Book fair (until 14)`: a leading day
 * and, later on the line, an until-phrase with no start of its own. The until-phrase is the end
 * of the leading day's range, not a second event or a date to ignore. Returns the dates with the
 * two joined, or null when the line has no such pair.
 */
export function joinOpenEnd(days: DateParts, rest: readonly DateParts[]): DateParts[] | null {
  if (days.end !== undefined) return null
  const until = rest.find((d) => d.openStart === true && d.end !== undefined)
  if (until === undefined) return null
  const end = until.end as DayParts
  // `(until 3)` after a leading 28 runs into the next month: completeDate settles that.
  if (end.day === undefined) return null
  const joined: DateParts = { ...days, end: { ...end } }
  return [joined, ...rest.filter((d) => d !== until)]
}
