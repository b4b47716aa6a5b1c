/**
 * Listings written as running prose, a paragraph per day: `Monday 13 May at 3 pm in the main hall,
 * 9 Elm Street, the open day will take place. At 4 pm, room A, 19 Mill Road, …`. A sentence
 * that opens with a date starts an event on that day; a sentence that opens with a time starts
 * another event on the day last named; other sentences are notes of the event before them.
 * Within an event's sentence the place comes before a verb of "taking place" and the title after
 * it (`…, si terrà l’Open Weeks`, `…, aura lieu le Forum`, `…, will host the Fair`); with no such
 * verb, the last comma-separated part is the title and the parts before it the place.
 */

import type { DateParts } from '../dates'
import { isFooter } from './boilerplate'
import type { LineInfo } from './lines'
import { record, skip, type Item, type RecordDraft } from './draft'

/** Enough lines to decide whether a page is prose; a long listing is not read to the end for this. */
const MAX_LINES = 3000
/** A paragraph: long, several words, ending as a sentence ends or holding more than one sentence (a stored copy may be cut). */
const MIN_PARAGRAPH_LENGTH = 80
const MIN_PARAGRAPH_WORDS = 12
const SENTENCE_END = /[.!?…]["”»’)]?$/
/** Where a sentence ends: `.`, `!`, `?` and blanks before a capital (`ore 8.45 in` and `E.O.` do not part). */
const SENTENCE_BREAK = /(?<=[\p{Ll}\p{N})”"»’][.!?…]["”»’)]?)\s+(?=["“«]?\p{Lu})/u

/**
 * A sentence that opens with a time (`Alle ore 16,`, `At 4 pm`, `À 18h30`, `Um 19 Uhr`, `A las
 * 20:00`), even after a word mistyped before it (`Allle ore 18`): up to two short words, then a
 * number that is a time by its form (`16:00`, `8.45`, `18h`, `19 Uhr`, `4 pm`) or by the word
 * before it (`ore`, `um`, `at`, `à`, `a las`, `às`, `om`).
 */
const TIME_LEAD =
  /^(?:\p{L}{1,8}\s+){0,2}?(?:(?:ore|ora|um|om|at|à|a las|às|ab)\s+\d{1,2}(?:[:.h]\d{2})?(?:\s?(?:h|uhr|uur|hrs?|pm|am|p\.m\.|a\.m\.)(?![\p{L}]))?|\d{1,2}(?:[:.]\d{2}\s*(?:h|uhr|uur|hrs?|pm|am)?|\s?(?:h|uhr|uur|hrs?|pm|am|p\.m\.|a\.m\.)(?![\p{L}])(?:\d{2})?))(?![\p{N}])/iu

/** Verbs of "there will be" / "takes place" before an event's name, with the article after them. */
const EVENT_VERB =
  /,?\s+(?:si terr(?:à|anno)|ci sar(?:à|anno)|andr(?:à|anno) in scena|avr(?:à|anno) luogo|è in programma|sono in programma|si svolger(?:à|anno)|aura lieu|auront lieu|se tiendra|se tiendront|il y aura|tendr(?:á|án) lugar|se celebrar(?:á|án)|habr(?:á)|will be held|will take place|there will be|takes place|will host|terá lugar|haverá|realiza-se)\s+(?:(?:l['’]|il|lo|la|i|gli|le|les|el|los|las|the|der|die|das|o|a|os|as|het|un|une|una|uno|an?)\s*(?<=['’]|\s))?/iu
/** "In", "at" before a place at the start of the words after the time. */
const LEADING_AT = /^(?:in the|in der|en el|en la|à la|in|nel|nella|nello|negli|nelle|presso|al|alla|at|à|au|aux|dans|en|im|am|no|na|em|op|te)\s+/i

interface Sentence {
  text: string
  /** Offset in the line's text. */
  index: number
}

function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = []
  let from = 0
  const re = new RegExp(SENTENCE_BREAK.source, 'gu')
  let match: RegExpExecArray | null
  while ((match = re.exec(text)) !== null) {
    out.push({ text: text.slice(from, match.index), index: from })
    from = match.index + match[0].length
  }
  out.push({ text: text.slice(from), index: from })
  return out.filter((s) => s.text.trim() !== '')
}

/** At least `limit` blank-separated words, counted without splitting (this runs on every line of a page). */
function hasWords(text: string, limit: number): boolean {
  let count = 1
  for (let i = 1; i < text.length && count < limit; i++) if (text.charCodeAt(i) === 32 && text.charCodeAt(i - 1) !== 32) count++
  return count >= limit
}

function isParagraph(line: LineInfo): boolean {
  const text = line.text
  if (text.length < MIN_PARAGRAPH_LENGTH || !hasWords(text, MIN_PARAGRAPH_WORDS)) return false
  return SENTENCE_END.test(text) || SENTENCE_BREAK.test(text)
}

/** What may stand before a sentence's opening date: a word or two (`Then,`, `Poi,`, `Ensuite,`, `Dann`). */
const BEFORE_LEAD_DATE = /^(?:\p{L}{1,8}[\s,]+){0,2}$/u

/** The date a sentence opens with (a day and a month), at its first character or after a short word or two. */
function leadDate(line: LineInfo, sentence: Sentence): DateParts | null {
  const date = line.dates.find((d) => d.index >= sentence.index && d.index - sentence.index <= 18)
  if (date === undefined || date.start.day === undefined || date.start.month === undefined) return null
  return BEFORE_LEAD_DATE.test(line.text.slice(sentence.index, date.index)) ? date : null
}

/**
 * Running prose: most lines are paragraphs, and at least two paragraphs open with a date of a
 * day and a month. A page of one-line or block events has short lines, and is not read so.
 */
export function looksLikeProse(lines: LineInfo[]): boolean {
  let text = 0
  let paragraphs = 0
  let dated = 0
  for (const line of lines) {
    if (line.text === '') continue
    // The page's first lines decide; a long listing is not read to the end for this.
    if (++text > MAX_LINES) break
    if (!isParagraph(line)) continue
    paragraphs++
    if (leadDate(line, { text: line.text, index: 0 }) !== null) dated++
  }
  return dated >= 2 && paragraphs >= Math.min(text, MAX_LINES) * 0.6
}

/** An event's sentence after its date and time: place before the verb, title after; or place parts, then the title. */
export function splitEventSentence(rest: string): { title: string; place: string | null } {
  const body = rest.replace(/^[\s,;:–—-]+/, '').replace(/[.!?…]+$/, '').trim()
  const verb = EVENT_VERB.exec(body)
  if (verb !== null && verb.index > 0) {
    const place = body.slice(0, verb.index).replace(LEADING_AT, '').replace(/[\s,;]+$/, '').trim()
    const title = body.slice(verb.index + verb[0].length).trim()
    if (title !== '') return { title, place: place === '' ? null : place }
  }
  const parts = body.split(/,\s+/)
  if (parts.length < 2) return { title: body, place: null }
  const title = parts[parts.length - 1] as string
  const place = parts.slice(0, -1).join(', ').replace(LEADING_AT, '').trim()
  return { title, place: place === '' ? null : place }
}

export function readProse(lines: LineInfo[]): Item[] {
  const items: Item[] = []
  let day: { date: DateParts; text: string; line: number } | null = null
  let last: RecordDraft | null = null
  for (const line of lines) {
    if (line.text === '') continue
    if (!isParagraph(line)) {
      items.push(skip(line.no, line.text, isFooter(line.text) ? 'page furniture' : day === null ? 'heading' : 'not part of an event'))
      continue
    }
    for (const sentence of sentencesOf(line.text)) {
      const date = leadDate(line, sentence)
      const time = date === null ? TIME_LEAD.exec(sentence.text) : null
      if (date !== null) day = { date, text: line.text.slice(date.index, date.index + date.length), line: line.no }
      if (day !== null && (date !== null || time !== null)) {
        const leadLength = date !== null ? date.index + date.length - sentence.index : (time as RegExpExecArray)[0].length
        const { title, place } = splitEventSentence(sentence.text.slice(leadLength))
        const timeText = time === null ? '' : ` ${time[0].trim()}`
        // A time-led sentence keeps its own time, not the one beside the day's date.
        const { time: _dayTime, ...untimed } = day.date
        last = {
          titleLines: [title],
          date: time === null ? day.date : untimed,
          dateText: `${day.text}${timeText}`,
          place,
          dateLine: day.line,
          firstLine: line.no,
          lastLine: line.no,
          datesInTitle: 0,
          notes: time === null ? undefined : [`time: ${time[0].trim()}`]
        }
        items.push(record(last))
        continue
      }
      if (last !== null) {
        ;(last.notes ??= []).push(sentence.text.trim())
        last.lastLine = line.no
      } else items.push(skip(line.no, sentence.text.trim(), 'heading'))
    }
  }
  return items
}
