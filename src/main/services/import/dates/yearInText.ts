/**
 * A year stated in text that is not a date: a title ("Copa Claro 2011", "2011年マレーシアオープン",
 * "AGU 2019 Fall Meeting") or a heading ("Mittwochsvorträge 2019", "市長の一日(平成31年4月)").
 * The reader may take it as the year of a date that gives none, with a warning.
 */

import { eraYear } from './cjkDates'
import { isYear } from './parts'

/** A four-digit number standing alone (not inside a longer number, a date or a code), or before 年/년. */
const YEAR = /(?<![\d./:-])(\d{4})(?![\d/:-]|\.\d)/g
const ERA_YEAR = /(明治|大正|昭和|平成|令和)\s?(\d{1,2}|元)\s?年/g

/** The one year the text names; undefined when it names none, or several different ones ("2019–2020"). */
export function findYearInText(text: string): number | undefined {
  const years = new Set<number>()
  for (const match of text.matchAll(ERA_YEAR)) {
    const year = eraYear(match[1] as string, match[2] === '元' ? '元' : Number(match[2]))
    if (year !== undefined) years.add(year)
  }
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1])
    if (isYear(year)) years.add(year)
  }
  return years.size === 1 ? [...years][0] : undefined
}
