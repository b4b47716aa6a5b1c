import type { EventRecord } from '../../../shared/record'
import { ChunkBuffer } from './chunks'
import { DateMemo, formatUtcTimestamp } from './icsDates'
import { contentLine, escapeText } from './icsText'
import type { RecordField } from './recordFields'
import type { ExportOptions, RenderSummary } from './types'

const PRODUCT_ID = '-//Curate//Curate event export//EN'

/** The fields an event is made of: an export reads only these from the collection (formatFields.ts). */
export const ICS_FIELDS = [
  'uid', 'title', 'startDate', 'endDate', 'place', 'city', 'country', 'notes', 'tags', 'updatedAt'
] as const satisfies readonly RecordField[]

/** What renderEvent may read: using another field fails to compile until it is added above. */
export type IcsRecord = Pick<EventRecord, (typeof ICS_FIELDS)[number]>

function locationText(record: IcsRecord): string | null {
  if (record.place) return record.place
  const parts = [record.city, record.country].filter((part): part is string => Boolean(part))
  return parts.length > 0 ? parts.join(', ') : null
}

/** One VEVENT, or undefined when the record has no usable start date. */
export function renderEvent(record: IcsRecord, fallbackStamp: string, dates = new DateMemo()): string | undefined {
  const span = dates.span(record.startDate, record.endDate)
  if (!span) return undefined
  let text = 'BEGIN:VEVENT\r\n'
  // The record's uid is stable across databases, so re-importing the file updates events instead of duplicating them.
  text += contentLine('UID', escapeText(`${record.uid}@curate`))
  text += contentLine('DTSTAMP', dates.stamp(record.updatedAt) ?? fallbackStamp)
  text += contentLine('DTSTART;VALUE=DATE', span.start)
  text += contentLine('DTEND;VALUE=DATE', span.endExclusive)
  text += contentLine('SUMMARY', escapeText(record.title))
  const location = locationText(record)
  if (location) text += contentLine('LOCATION', escapeText(location))
  if (record.notes) text += contentLine('DESCRIPTION', escapeText(record.notes))
  const tags = record.tags.filter((tag) => tag !== '')
  if (tags.length > 0) text += contentLine('CATEGORIES', tags.map(escapeText).join(','))
  // Listings are things to know about, not appointments: don't mark the archivist busy all day.
  text += 'TRANSP:TRANSPARENT\r\n'
  if (span.precision !== 'day') text += contentLine('X-CURATE-DATE-PRECISION', span.precision)
  text += 'END:VEVENT\r\n'
  return text
}

function calendarHead(options: ExportOptions): string {
  let head = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n'
  head += contentLine('PRODID', PRODUCT_ID)
  head += 'CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n'
  if (options.calendarName) {
    // NAME is RFC 7986; X-WR-CALNAME is what Apple, Google and Outlook actually read.
    head += contentLine('NAME', escapeText(options.calendarName))
    head += contentLine('X-WR-CALNAME', escapeText(options.calendarName))
  }
  return head
}

/**
 * An RFC 5545 calendar of all-day events. Records without a readable start date are skipped and
 * counted in the returned summary (see icsDates.ts for how partial dates are handled).
 */
export function* renderIcs(
  records: Iterable<IcsRecord>,
  options: ExportOptions = {}
): Generator<string, RenderSummary> {
  const fallbackStamp = formatUtcTimestamp(options.now ?? new Date())!
  const buffer = new ChunkBuffer()
  buffer.push(calendarHead(options))
  let count = 0
  let skipped = 0
  const dates = new DateMemo()
  for (const record of records) {
    const event = renderEvent(record, fallbackStamp, dates)
    if (event === undefined) {
      skipped++
      continue
    }
    count++
    const chunk = buffer.push(event)
    if (chunk !== undefined) yield chunk
  }
  buffer.push('END:VCALENDAR\r\n')
  yield buffer.take()
  return { count, skipped }
}
