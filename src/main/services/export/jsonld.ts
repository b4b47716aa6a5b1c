import type { EventRecord } from '../../../shared/record'
import { ChunkBuffer } from './chunks'
import type { RecordField } from './recordFields'
import type { RenderSummary } from './types'

/** A schema.org node; values that are null or empty are left out rather than written as null. */
type Node = Record<string, unknown>

/** The fields an event is made of: an export reads only these from the collection (formatFields.ts). */
export const JSONLD_FIELDS = [
  'uid', 'title', 'startDate', 'endDate', 'place', 'city', 'country', 'countryCode', 'notes', 'tags'
] as const satisfies readonly RecordField[]

/** What toSchemaOrgEvent may read: using another field fails to compile until it is added above. */
export type JsonLdRecord = Pick<EventRecord, (typeof JSONLD_FIELDS)[number]>

/**
 * One record as a schema.org Event. Dates are passed through as ISO 8601 text (partial dates
 * like "2009-11" included: schema.org allows ISO 8601 and inventing a day would be a lie).
 * addressCountry prefers the ISO 3166-1 code, as schema.org recommends, and falls back to the name.
 * Built key by key (the same nodes, keys and order as compacting whole nodes gave: jsonld.test.ts): compacting three
 * nodes through Object.entries per record cost ~1.5 s of a million-record export.
 */
export function toSchemaOrgEvent(record: JsonLdRecord): Node {
  const event: Node = { '@id': `urn:uuid:${record.uid}`, '@type': 'Event', identifier: record.uid, name: record.title }
  if (present(record.startDate)) event.startDate = record.startDate
  if (present(record.endDate)) event.endDate = record.endDate
  const country = record.countryCode ?? record.country
  const hasAddress = present(record.city) || present(country)
  if (present(record.place) || hasAddress) {
    const location: Node = { '@type': 'Place' }
    if (present(record.place)) location.name = record.place
    if (hasAddress) {
      const address: Node = { '@type': 'PostalAddress' }
      if (present(record.city)) address.addressLocality = record.city
      if (present(country)) address.addressCountry = country
      location.address = address
    }
    event.location = location
  }
  if (present(record.notes)) event.description = record.notes
  if (record.tags.length > 0) event.keywords = record.tags
  return event
}

/** A value worth writing: anything but null and undefined (empty lists are checked where they occur). */
const present = (value: unknown): boolean => value !== null && value !== undefined

/** `{"@context":"https://schema.org/","@graph":[...]}`, streamed one event per line. */
export function* renderJsonLd(records: Iterable<JsonLdRecord>): Generator<string, RenderSummary> {
  const buffer = new ChunkBuffer()
  buffer.push('{"@context":"https://schema.org/","@graph":[')
  let count = 0
  for (const record of records) {
    const chunk = buffer.push((count === 0 ? '\n' : ',\n') + JSON.stringify(toSchemaOrgEvent(record)))
    count++
    if (chunk !== undefined) yield chunk
  }
  buffer.push(count === 0 ? ']}\n' : '\n]}\n')
  yield buffer.take()
  return { count, skipped: 0 }
}
