/**
 * Dates written in figures. First the atoms: ISO (`2019-03-12`, `2009-11`), full day-month-year
 * (`12/03/2019`, `12.03.2019`, `8 /02/2013`), and day and month without a year (`30.5.`,
 * `10. 08`, `10.14`). Then what joins them: ranges (`02.05.2019 -02.06.2019`,
 * `30.5. bis 2.6.2019`, `2019-03-12/14`), a lone first day (`02. bis 05.05.2019`,
 * `6 – 8 /02/2013`, `12.-14.03.2019`), a weekday after (`10. 17 (토)`).
 * A figure pair without a year is too often a time, price or version (16.00, 3.5, 2.0) to be
 * trusted alone: it is read only inside a range with a year, before a weekday, or when the
 * caller has settled the page's numeric order.
 * Both orders are tried: day first unless the page says month first (FindOptions.numericOrder),
 * a CJK weekday follows (Korean, Japanese and Chinese write month first), or day first is impossible.
 */

import { isYear, type DateParts, type DayParts, type FindOptions } from './parts'
import { foldWord, lookUpName, pickReading } from './monthNames'
import { twoLetterWeekday } from './shortWeekdays'

/*
 * One pass over the line. Groups: 1-3 Y.M.D; 4-5 Y-M; 6-10 D.M.Y (two separators);
 * 11-14 D.M without a year (separator, optional trailing dot). Each alternative is a fixed
 * sequence of bounded pieces, so the scan is linear in the line's length.
 */
const ATOM =
  /(?<![\d.,:])(?:(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})|(\d{4})-(\d{2})(?!\d|-\d)|(\d{1,2})(\s?[./]\s?|-)(\d{1,2})(\s?[./]\s?|-)(\d{4})|(\d{1,2})(\.\s?|\/)(\d{1,2})(\.?)(?!\d|\s?(?:[Uu]hr|[Uu]ur|h(?![A-Za-z])|[ap]\.?m\b)))(?!\d)/g

interface Atom {
  index: number
  end: number
  year?: number
  /** The two figures of a day-month atom in writing order; for ISO atoms, month then day. */
  first: number
  second?: number
  iso: boolean
  /** A day-month atom without a year: trusted only when something confirms it. */
  yearless: boolean
  /** Written the Korean way (`10. 08`, `10. 08.`): a space after the dot or a closing dot. */
  spaced: boolean
  /** Written with a slash (`3/15`). */
  slash: boolean
}

function readAtoms(text: string): Atom[] {
  const atoms: Atom[] = []
  ATOM.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = ATOM.exec(text)) !== null) {
    const index = m.index
    const end = index + m[0].length
    if (m[1] !== undefined) {
      const year = Number(m[1])
      if (isYear(year)) atoms.push({ index, end, year, first: Number(m[2]), second: Number(m[3]), iso: true, yearless: false, spaced: false, slash: false })
    } else if (m[4] !== undefined) {
      const year = Number(m[4])
      if (isYear(year)) atoms.push({ index, end, year, first: Number(m[5]), iso: true, yearless: false, spaced: false, slash: false })
    } else if (m[6] !== undefined) {
      const year = Number(m[10])
      if (isYear(year) && (m[7] as string).trim() === (m[9] as string).trim()) {
        atoms.push({ index, end, year, first: Number(m[6]), second: Number(m[8]), iso: false, yearless: false, spaced: false, slash: false })
      }
    } else {
      const separator = m[12] as string
      atoms.push({
        index,
        end,
        first: Number(m[11]),
        second: Number(m[13]),
        iso: false,
        yearless: true,
        spaced: separator.length > 1 || m[14] === '.',
        slash: separator === '/'
      })
    }
  }
  return atoms
}

/** Day and month of an atom, in the order asked for; undefined when that order gives no date. */
function dayMonth(atom: Atom, monthFirst: boolean): { day: number; month: number } | undefined {
  const a = atom.first
  const b = atom.second as number
  const day = monthFirst ? b : a
  const month = monthFirst ? a : b
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month } : undefined
}

function dayOf(atom: Atom, monthFirst: boolean): { parts: DayParts; swapped: boolean } | undefined {
  if (atom.iso) return { parts: { year: atom.year, month: atom.first, day: atom.second }, swapped: false }
  const asked = dayMonth(atom, monthFirst)
  if (asked !== undefined) return { parts: { year: atom.year, month: asked.month, day: asked.day }, swapped: false }
  // A yearless pair the page's order cannot read is a time or a number (11.30 on a day-first page).
  if (atom.yearless) return undefined
  const other = dayMonth(atom, !monthFirst)
  if (other === undefined) return undefined
  return { parts: { year: atom.year, month: other.month, day: other.day }, swapped: true }
}

/** What may join two atoms into a range. */
const JOIN = /^\s*(?:[-–—~〜～/]|bis(?:\s+zum)?\.?|au|to|till|until|through|al|a|à|tot|t\/m|do|до|по)\s*$/i
/** A lone first day before a full atom: `02. bis `, `12.-`, `6 – `, `12-`. */
const LONE_DAY = /(?<![\d.,/:])(\d{1,2})\.?\s*(?:[-–—~]|bis|au|al|to|a|à|tot)\s*$/i
/** A word giving only the end, right before a date. */
const UNTIL_BEFORE = /(?:^|(?<=[\s(]))(?:bis(?: zum)?|jusqu['’]au|until|till|through|hasta(?: el)?|fino al|até|tot|t\/m|~|〜|～)\s*$/i
/** A weekday right after a date: `(토)`, `(Mo)`, `, mardi`, `（水）`. */
const WEEKDAY_AFTER = /\.?\s?[(（]?\s?(\p{L}+)\.?\s?[)）]?/uy
const CJK_SCRIPT = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u
/** ISO shortened ends: `2019-03-12/14`, `2019-03-12/03-14`. */
const ISO_SHORT_END = /\s*\/\s*(\d{2})(?:-(\d{2}))?(?![\d/-])/y

function weekdayAfter(text: string, at: number, languages: readonly string[] | undefined): { value: number; end: number; cjk: boolean } | undefined {
  WEEKDAY_AFTER.lastIndex = at
  const m = WEEKDAY_AFTER.exec(text)
  if (m === null) return undefined
  const word = m[1] as string
  const entry = lookUpName(foldWord(word))
  if (entry === undefined || entry.weekdays.length === 0 || entry.months.length > 0) return undefined
  // A short form of a minor language ("sad", "den") is an everyday word, not a weekday.
  if (entry.minorOnly && !CJK_SCRIPT.test(word)) return undefined
  const value = pickReading(entry.weekdays, languages)
  if (value === undefined) return undefined
  return { value, end: at + m[0].trimEnd().length, cjk: CJK_SCRIPT.test(word) }
}

/** A weekday right before a date: `Do, 7.11.`, `Fr 22.11.`, `mardi 12.03`. */
const WEEKDAY_BEFORE = /(?:^|[^\p{L}])(\p{L}{2,12})\.?,?\s*$/u

function weekdayBefore(text: string, at: number, languages: readonly string[] | undefined): { value: number; index: number } | undefined {
  const from = Math.max(0, at - 16)
  const m = WEEKDAY_BEFORE.exec(text.slice(from, at))
  if (m === null) return undefined
  const word = m[1] as string
  const index = from + m.index + m[0].indexOf(word)
  if (word.length === 2) {
    const value = twoLetterWeekday(word, languages)
    return value === undefined ? undefined : { value, index }
  }
  const entry = lookUpName(foldWord(word))
  if (entry === undefined || entry.weekdays.length === 0 || entry.months.length > 0 || entry.minorOnly) return undefined
  const value = pickReading(entry.weekdays, languages)
  return value === undefined ? undefined : { value, index }
}

/** What joins two atoms, a weekday before the second allowed (`22.11. – So, 24.11.`). */
function joins(between: string, languages: readonly string[] | undefined): boolean {
  if (JOIN.test(between)) return true
  const weekday = weekdayBefore(between, between.length, languages)
  return weekday !== undefined && JOIN.test(between.slice(0, weekday.index))
}

/** Every numeric date in the text, in order. */
export function findNumericDates(text: string, options: FindOptions = {}): DateParts[] {
  if (!NUMERIC_HINT.test(text)) return []
  const atoms = mayHoldUrl(text) ? readAtoms(text).filter((atom) => !insideUrl(text, atom.index)) : readAtoms(text)
  const found: DateParts[] = []
  for (let i = 0; i < atoms.length; i++) {
    const atom = atoms[i] as Atom
    let last = atom
    const next = atoms[i + 1]
    let joined = false
    const before = atom.yearless ? weekdayBefore(text, atom.index, options.languages) : undefined
    if (next !== undefined && joins(text.slice(atom.end, next.index), options.languages) && !(atom.yearless && next.yearless && options.numericOrder === undefined && before === undefined)) {
      last = next
      joined = true
    }
    const weekday = weekdayAfter(text, last.end, options.languages)
    // Trust a yearless pair only inside a range with a year, before a weekday, or on a page whose order is known.
    const confirmed =
      (!atom.yearless && !last.yearless) ||
      (joined && (!atom.yearless || !last.yearless)) ||
      weekday !== undefined ||
      before !== undefined ||
      (options.numericOrder !== undefined && (joined || atom.spaced || atom.slash))
    if (!confirmed) continue
    const monthFirst = options.numericOrder === 'monthFirst' || (weekday?.cjk === true && options.numericOrder !== 'dayFirst')
    const start = dayOf(atom, monthFirst)
    const end = joined ? dayOf(last, monthFirst) : undefined
    if (start === undefined || (joined && end === undefined)) continue
    let index = before?.index ?? atom.index
    let stop = weekday?.end ?? last.end
    let startParts = start.parts
    let endParts = end?.parts
    if (!joined) {
      const lone = lonePrefixPossible(text, atom.index) ? LONE_DAY.exec(text.slice(Math.max(0, atom.index - 24), atom.index)) : null
      const day = lone === null ? undefined : Number(lone[1])
      if (lone !== null && day !== undefined && day >= 1 && start.parts.day !== undefined && day < start.parts.day) {
        index = atom.index - (lone[0].length)
        endParts = start.parts
        startParts = { year: start.parts.year, month: start.parts.month, day }
      } else if (atom.iso && atom.second !== undefined) {
        ISO_SHORT_END.lastIndex = atom.end
        const short = ISO_SHORT_END.exec(text)
        if (short !== null) {
          endParts = short[2] === undefined
            ? { year: atom.year, month: atom.first, day: Number(short[1]) }
            : { year: atom.year, month: Number(short[1]), day: Number(short[2]) }
          stop = ISO_SHORT_END.lastIndex
        }
      }
    }
    const parts: DateParts = { start: startParts, index, length: stop - index }
    if (endParts !== undefined) parts.end = endParts
    if (options.partial === true && endParts === undefined) {
      // `bis 2.6.2019`, `~ 10.09`: only the end is given.
      const until = UNTIL_BEFORE.exec(text.slice(Math.max(0, index - 16), index))
      if (until !== null) {
        parts.index = index - until[0].length
        parts.length = stop - parts.index
        parts.start = {}
        parts.end = startParts
        parts.openStart = true
      }
    }
    // Said only when month first was forced on a page read day first (03/25/2019).
    if ((start.swapped || end?.swapped === true) && !monthFirst && !atom.yearless) parts.monthFirst = true
    if (weekday !== undefined) parts.weekday = weekday.value
    else if (before !== undefined && !joined) parts.weekday = before.value
    found.push(parts)
    if (joined) i++
  }
  return found
}

function mayHoldUrl(text: string): boolean {
  return text.includes('://') || text.includes('www.') || text.includes('](')
}

/** A lone first day ends in a blank or a dash right before the atom; most atoms open their cell. */
function lonePrefixPossible(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  return before === 32 || before === 45 || before === 0x2013 || before === 0x2014 || before === 126
}

/** Figures inside a link (`?sub_code=07/01`, `/2019/03/12/`) are part of an address, not a date. */
function insideUrl(text: string, at: number): boolean {
  const wordStart = text.lastIndexOf(' ', at) + 1
  const before = text.slice(wordStart, at)
  return before.includes('://') || before.includes('www.') || before.includes('](')
}

/** Cheap gate: no figure-separator-figure, no numeric date. */
const NUMERIC_HINT = /\d\s?[./-]\s?\d/

/**
 * What a line says about its page's numeric order: full dates only one order can read
 * (25/03/2019 is day first, 03/25/2019 month first) and day-month pairs before a CJK weekday
 * (`10. 08 (목)`: month first).
 */
export function numericOrderVotes(text: string): { dayFirst: number; monthFirst: number } {
  const votes = { dayFirst: 0, monthFirst: 0 }
  if (!NUMERIC_HINT.test(text)) return votes
  for (const atom of readAtoms(text)) {
    if (atom.iso || atom.second === undefined || (mayHoldUrl(text) && insideUrl(text, atom.index))) continue
    // Yearless pairs are mostly times (11.30) and prices: only a CJK weekday after one makes it a date.
    if (atom.yearless && weekdayAfter(text, atom.end, undefined)?.cjk !== true) continue
    const dayFirst = dayMonth(atom, false) !== undefined
    const monthFirst = dayMonth(atom, true) !== undefined
    if (dayFirst && !monthFirst) votes.dayFirst++
    else if (monthFirst && !dayFirst) votes.monthFirst++
    else if (atom.yearless && weekdayAfter(text, atom.end, undefined)?.cjk === true) votes.monthFirst++
  }
  return votes
}
