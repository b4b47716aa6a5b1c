/**
 * A day's programme: a date heading (`Sábado, dia 23`, `Jeudi 12 janvier`, `29日(月曜日)`,
 * `dinsdag 14 september 1999`) over items that each start with their time (`18:00 – Concerto
 * da OBM`, `> 18h. « … »`, `午前10時、…`) or give it after their name (`Committee: 16.00 uur -
 * Room`). Each item is an event on the day above it. A line without a time between a day and
 * its items that ends with a venue (`Festival de Bandolins – Teatro Municipal Baltazar Dias`,
 * `いずれも市内で`) is the place of the items under it; a place-like line right under an item
 * is that item's place; other lines are its notes.
 */

import type { DateParts } from '../dates'
import { isFooter } from './boilerplate'
import { dateTextOf, type LineInfo } from './lines'
import { placeLikeness } from './placeLikeness'
import { record, skip, type Item, type RecordDraft } from './draft'

const TIME_LEAD =
  /^(?:[>»•·-]\s*)?(?:(?:[Dd]e|[Ff]rom|[Dd]ès|[Aa]b|[Vv]on|[Dd]alle|[Dd]esde|[Aa]lle ore|[Aa]lle|[Oo]re|[Uu]m|[Aa]t|[àÀ]|[Aa] las|[Vv]an)\s+)?\d{1,2}(?:[:.hH]\d{2}\s*(?:[aApP]\.?[mM]\.?|h|uhr|uur)?|\s?[hH](?![a-z])|\s?(?:uhr|uur|[aApP]\.?[mM]\.?))\.?/
const JAPANESE_TIME_LEAD = /^(?:午前|午後)?\d{1,2}時(?:\d{1,2}分)?/
/** `Onderwijs, Cultuur en Wetenschappen: 16.00 tot ca. 17.00 uur Thorbeckezaal`; a time of day only (`GPS: 38.915…` is not one). */
const NAME_THEN_TIME = /^([^:]{3,160}):\s*((?:van\s+)?(?:[01]?\d|2[0-4])[.:][0-5]\d(?!\d)(?:\s*(?:tot|to|bis|[-–]|à|a)\s*(?:ca\.\s*)?(?:[01]?\d|2[0-4])[.:][0-5]\d(?!\d))?\s*(?:uur|uhr|h)?)\s*[-–—]?\s*/i
const TIME_TAIL = /^(?:\s*(?:[-–—]|à|a|bis|to|tot|until|hasta|alle)\s*(?:(?:ca|circa|approx|env)\.?\s*)?\d{1,2}(?:[:.hH]\d{2})?(?:\s*(?:[aApP]\.?[mM]\.?|h|uhr|uur)(?![\p{L}]))?(?![\p{L}\p{N}])\.?)?\s*[-–—.:,、·•|]?\s*/u
const FIELD_SEPARATOR = /\s+[-–—|]\s+|\s*\|\s*/
/** `いずれも市内で` ("all in the city"), `市内での…` ("in the city, …"): a place before で. */
const JAPANESE_PLACE = /^(?:いずれも)?(.{1,12}?)(?:にて|での|で)[、,]?/

interface TimedItem {
  title: string
  place: string | null
  time: string
}

function timeLed(text: string): TimedItem | null {
  const japanese = JAPANESE_TIME_LEAD.exec(text)
  const lead = japanese ?? TIME_LEAD.exec(text)
  if (lead !== null) {
    const after = text.slice(lead[0].length)
    const tail = TIME_TAIL.exec(after)
    const rest = after.slice(tail ? tail[0].length : 0)
    if (rest.replace(/^[\s:;,.–—-]+/, '') === '') return null
    return { ...splitItem(rest), time: text.slice(0, lead[0].length + (tail ? tail[0].length : 0)).trim() }
  }
  const named = NAME_THEN_TIME.exec(text)
  if (named !== null) {
    const rest = text.slice(named[0].length).trim()
    return { title: (named[1] as string).trim(), place: rest === '' ? null : rest.replace(/[.;,]$/, ''), time: named[2] as string }
  }
  return null
}

/** An item's text after its time: `title – venue`, `title. Venue`, `市内での催し`. */
function splitItem(rest: string): { title: string; place: string | null } {
  const jp = JAPANESE_PLACE.exec(rest)
  if (jp !== null && /[\u3040-\u30ff\u4e00-\u9fff]/.test(rest)) return { title: rest.slice(jp[0].length).trim(), place: (jp[1] as string).trim() }
  const fields = rest.split(FIELD_SEPARATOR).map((f) => f.trim()).filter((f) => f !== '')
  if (fields.length >= 2) {
    const last = fields[fields.length - 1] as string
    if (placeLikeness(last) >= 2) return { title: fields.slice(0, -1).join(' – '), place: last }
    return { title: rest.trim(), place: null }
  }
  const sentences = rest.split(/(?<=[a-z\p{Ll})”"»])\.\s+(?=\p{Lu})/u)
  if (sentences.length >= 2) {
    const last = (sentences[sentences.length - 1] as string).replace(/\.$/, '')
    if (placeLikeness(last) >= 2) return { title: sentences[0] as string, place: last }
    return { title: sentences[0] as string, place: null }
  }
  return { title: rest.trim(), place: null }
}

/** A short line of its own under a day (`PLENARY SITTING`, `Council meeting (broadcast)`): a section or an event's name. */
function isSectionHeading(line: LineInfo): boolean {
  return line.dates.length === 0 && line.text.length <= 60 && line.text.split(/\s+/).length <= 6 && !/[.!?:;,]$/.test(line.text)
}

/** A sentence that restates the day above and gives a time: `The sitting begins on Tuesday 14 May at 14.00.` */
function restatesDayWithTime(line: LineInfo, day: DateParts): boolean {
  return line.dates.some(
    (d) => d.time !== undefined && d.end === undefined && d.start.day === day.start.day && (d.start.month === undefined || day.start.month === undefined || d.start.month === day.start.month)
  )
}

/** A line whose first sentence is plainly a venue (`At …,`, a hall, a street) and whose rest is remarks. */
function venueThenRemarks(text: string): { place: string; rest: string } | null {
  const stop = /(?<=\p{Ll}{2}|\d)\.\s+(?=\p{Lu})/u.exec(text)
  if (stop === null) return null
  const place = text.slice(0, stop.index)
  return placeLikeness(place) >= 2 ? { place, rest: text.slice(stop.index + stop[0].length) } : null
}

function isDayHeading(line: LineInfo): boolean {
  return line.dateOnly !== null && line.dateOnly.start.day !== undefined
}

/** A programme: day headings with items that carry their times, more items than days. */
export function looksLikeSchedule(lines: LineInfo[]): boolean {
  let days = 0
  let items = 0
  let underDay = false
  for (const line of lines) {
    if (line.text === '') continue
    if (isDayHeading(line)) {
      days++
      underDay = true
    } else if (underDay && timeLed(line.text) !== null) items++
  }
  return days >= 1 && items >= 1 && items >= days * 0.5
}

/** A line of its own that names the place of the items under it. */
function groupPlace(text: string): string | null {
  const jp = /^いずれも(.{1,12}?)(?:にて|で)[。.]?$/.exec(text)
  if (jp !== null) return (jp[1] as string).trim()
  const fields = text.split(FIELD_SEPARATOR).map((f) => f.trim())
  const last = fields[fields.length - 1] as string
  return fields.length >= 2 && placeLikeness(last) >= 2 ? last : null
}

export function readSchedule(lines: LineInfo[]): Item[] {
  const items: Item[] = []
  let day: { line: LineInfo; date: DateParts } | null = null
  let dayUsed = false
  let sharedPlace: string | null = null
  let last: RecordDraft | null = null
  let awaitingName: { draft: RecordDraft; line: number } | null = null
  /** The section heading just above, while nothing has been read under it. */
  let heading: { line: LineInfo; item: Item } | null = null
  const closeDay = (): void => {
    // A day heading with no timed item under it is an event itself only if the next lines named one (blocks do that); here it is skipped.
    if (day !== null && !dayUsed) items.push(skip(day.line.no, day.line.text, 'a day with nothing under it'))
  }
  for (const line of lines) {
    if (line.text === '') continue
    if (isDayHeading(line)) {
      closeDay()
      day = { line, date: line.dateOnly as DateParts }
      dayUsed = false
      sharedPlace = null
      last = null
      heading = null
      continue
    }
    const timed = day === null ? null : timeLed(line.text)
    if (timed !== null && day !== null) {
      // `Oral History Training Day` over `6:00 PM · Heritage Centre`: after the hour comes the
      // place, and the name is the line right above.
      const previous = items[items.length - 1]
      const named: Item | null =
        timed.place === null && last === null && previous?.kind === 'skip' && previous.skipped.line === line.no - 1 && previous.skipped.reason === 'not part of an event' && placeLikeness(timed.title) >= 2
          ? previous
          : null
      if (named !== null) items.pop()
      heading = null
      last = {
        titleLines: [named?.kind === 'skip' ? named.skipped.text : timed.title],
        date: day.date,
        dateText: `${dateTextOf(day.line, day.date)} ${timed.time}`.trim(),
        place: named !== null ? timed.title : (timed.place ?? sharedPlace),
        dateLine: day.line.no,
        firstLine: named?.kind === 'skip' ? named.skipped.line : line.no,
        lastLine: line.no,
        datesInTitle: 0,
        notes: [`time: ${timed.time}`]
      }
      items.push(record(last))
      dayUsed = true
      // `ore 17.00 - Museo civico archeologico` over `Conferenza: Bologna etrusca`: a venue after
      // the hour, with no name above, waits for the name on the next line.
      awaitingName = named === null && timed.place === null && placeLikeness(timed.title) >= 2 ? { draft: last, line: line.no } : null
      continue
    }
    if (awaitingName !== null) {
      const waiting: { draft: RecordDraft; line: number } = awaitingName
      awaitingName = null
      if (line.no === waiting.line + 1 && line.dates.length === 0 && !isFooter(line.text) && placeLikeness(line.text) < 2) {
        waiting.draft.place = waiting.draft.titleLines[0] ?? null
        waiting.draft.titleLines = [line.text]
        waiting.draft.lastLine = line.no
        continue
      }
    }
    // A heading whose first line says the day again with a time (`KAMERVERGADERING` / `The sitting
    // begins on Tuesday 14 September at 14.00`) is an event of its own, named by the heading.
    if (day !== null && last === null && heading !== null && restatesDayWithTime(line, day.date)) {
      const at = items.indexOf(heading.item)
      const time = line.dates.find((d) => d.time !== undefined)?.time as string
      last = {
        titleLines: [heading.line.text],
        date: day.date,
        dateText: `${dateTextOf(day.line, day.date)} ${time}`,
        place: sharedPlace,
        dateLine: day.line.no,
        firstLine: heading.line.no,
        lastLine: line.no,
        datesInTitle: 0,
        notes: [line.text]
      }
      items.splice(at, 1, record(last))
      heading = null
      dayUsed = true
      continue
    }
    const shared = day === null ? null : groupPlace(line.text)
    if (shared !== null) {
      sharedPlace = shared
      last = null
      items.push(skip(line.no, line.text, 'the place of the items below'))
      continue
    }
    // `A Toulon, relais Peiresc, bd de Strasbourg. Réservations : …`: the venue, then remarks, on one line.
    const venue = last !== null && last.place === null ? venueThenRemarks(line.text) : null
    if (venue !== null && last !== null) {
      last.place = venue.place
      ;(last.notes ??= []).push(venue.rest)
      last.lastLine = line.no
      continue
    }
    if (last !== null && last.place === null && placeLikeness(line.text) >= 2) {
      last.place = line.text
      last.lastLine = line.no
      continue
    }
    if (last !== null && !isFooter(line.text)) {
      // Pushed, not copied: an item may gather thousands of lines of notes.
      ;(last.notes ??= []).push(line.text)
      last.lastLine = line.no
      continue
    }
    const skipped = skip(line.no, line.text, isFooter(line.text) ? 'page furniture' : day === null ? 'heading' : 'not part of an event')
    items.push(skipped)
    heading = day !== null && isSectionHeading(line) && !isFooter(line.text) ? { line, item: skipped } : null
  }
  closeDay()
  return items
}
