/**
 * Dates written with CJK markers: `2012年1月18日`, `1月18日(水)`, `2020년 10월 17일`,
 * `2月28日から3月6日まで`, Japanese era years (`平成31年4月` = April 2019, `令和元年` = 2019),
 * and a day alone (`29日(月曜日)`), which only page context can complete. A weekday after the
 * date (`(水)`, `(月曜日)`, `(토)`, `星期三`) is read, with its names from Intl.
 */

import type { DateParts, DayParts, FindOptions } from './parts'
import { nameTable, pickReading } from './monthNames'

/** First Gregorian year of each Japanese era: era year n is start + n - 1 (元年 is year 1). */
const ERAS: Record<string, number> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 }

/** The Gregorian year of a Japanese era year (`平成`, 31 → 2019; `令和`, '元' → 2019); undefined for an unknown era. */
export function eraYear(era: string, year: number | '元'): number | undefined {
  const start = ERAS[era]
  if (start === undefined) return undefined
  return start + (year === '元' ? 1 : year) - 1
}

/*
 * A day marker not followed by 間/目/以/간/째 ("3日間" is three days, "2일째" the second day);
 * or the first day of a range whose marker comes after its last day (`11月20-22日`).
 */
const DAY = String.raw`(\d{1,2})(?:\s?[日일号號](?![間间目以간째])|(?=\s?[-–—~〜～]\s?\d{1,2}\s?[日일号號](?![間间目以간째])))`
const MONTH = String.raw`(\d{1,2})\s?[月월]`
/** Groups: 1-2 era and its year, 3 year; 4-5 month and day after a year; 6-7 month and day; 8 day alone. */
const ATOM = new RegExp(
  String.raw`(?:(明治|大正|昭和|平成|令和)\s?(\d{1,2}|元)\s?年(?!度)|(?<!\d)(\d{4})\s?[年년](?!度))(?:\s?${MONTH}(?:\s?${DAY})?)?|(?<!\d)${MONTH}(?:\s?${DAY})?|(?<!\d)${DAY}`,
  'gu'
)
const JOIN = /^\s?(?:から|より|~|〜|～|-|–|—|至|到|부터|ー)\s?$/u
const UNTIL_AFTER = /\s?(?:まで|까지)/y
const CJK_HINT = /[年月日년월일号號]/

let weekdayPattern: RegExp | null = null
let weekdayValues: Map<string, number> | null = null

/** Weekday names of the CJK languages Intl knows, long and short, as one sticky pattern (built once). */
function weekdayAfter(): { pattern: RegExp; values: Map<string, number> } {
  if (weekdayPattern === null || weekdayValues === null) {
    const values = new Map<string, number>()
    for (const [key, entry] of nameTable()) {
      // Keys are folded (decomposed): Hangul is matched in the composed form text uses.
      const word = key.normalize('NFC')
      if (!/^[\p{Script=Han}\p{Script=Hangul}]+$/u.test(word)) continue
      const value = pickReading(entry.weekdays, ['ja', 'ko', 'zh', 'yue'])
      if (value !== undefined && entry.months.length === 0) values.set(word, value)
    }
    const names = [...values.keys()].sort((a, b) => b.length - a.length)
    // Bracketed, any form (`(水)`); bare, only forms of two characters or more (`星期三`, `水曜日`, `토요일`).
    const long = names.filter((n) => n.length >= 2)
    weekdayPattern = new RegExp(String.raw`\s?(?:[(（]\s?(${names.join('|')})\s?[)）]|(${long.join('|')}))`, 'uy')
    weekdayValues = values
  }
  return { pattern: weekdayPattern, values: weekdayValues }
}

interface Atom {
  index: number
  end: number
  day: DayParts
  weekday?: number
}

function readAtoms(text: string): Atom[] {
  const atoms: Atom[] = []
  const weekdays = weekdayAfter()
  ATOM.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = ATOM.exec(text)) !== null) {
    let year: number | undefined
    let month: number | undefined
    let day: number | undefined
    if (m[1] !== undefined) year = eraYear(m[1], m[2] === '元' ? '元' : Number(m[2]))
    else if (m[3] !== undefined) year = Number(m[3])
    if (m[4] !== undefined) month = Number(m[4])
    if (m[5] !== undefined) day = Number(m[5])
    if (m[6] !== undefined) month = Number(m[6])
    if (m[7] !== undefined) day = Number(m[7])
    if (m[8] !== undefined) day = Number(m[8])
    const atom: Atom = { index: m.index, end: m.index + m[0].length, day: { year, month, day } }
    weekdays.pattern.lastIndex = atom.end
    const w = weekdays.pattern.exec(text)
    if (w !== null) {
      atom.weekday = weekdays.values.get((w[1] ?? w[2]) as string)
      atom.end = weekdays.pattern.lastIndex
    }
    atoms.push(atom)
  }
  return atoms
}

/** The end of a range takes the year and month it does not state from its start: `2月28日から3月6日` , `18日〜20日`. */
function completeEnd(start: DayParts, end: DayParts): DayParts {
  return { year: end.year ?? (end.month === undefined ? start.year : undefined), month: end.month ?? start.month, day: end.day }
}

/** Every CJK date in the text, in order. Without `partial`, a day alone or a year alone is not returned. */
export function findCjkDates(text: string, options: FindOptions = {}): DateParts[] {
  if (!CJK_HINT.test(text)) return []
  const partial = options.partial === true
  const atoms = readAtoms(text)
  const found: DateParts[] = []
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i] as Atom
    const next = atoms[i + 1]
    let parts: DateParts
    if (next !== undefined && JOIN.test(text.slice(atom.end, next.index)) && next.day.day !== undefined) {
      parts = { start: atom.day, end: completeEnd(atom.day, next.day), index: atom.index, length: next.end - atom.index }
      UNTIL_AFTER.lastIndex = next.end
      if (UNTIL_AFTER.exec(text) !== null) parts.length = UNTIL_AFTER.lastIndex - atom.index
      i++
    } else {
      parts = { start: atom.day, index: atom.index, length: atom.end - atom.index }
    }
    const complete = atom.day.month !== undefined && (atom.day.day !== undefined || atom.day.year !== undefined)
    // A month alone (`4月定例会議`: the April meeting) is a name more often than a date.
    const monthAlone = atom.day.month !== undefined && atom.day.day === undefined && atom.day.year === undefined
    if ((!complete && !partial) || (monthAlone && parts.end === undefined)) continue
    if (atom.weekday !== undefined) parts.weekday = atom.weekday
    found.push(parts)
  }
  return found
}
