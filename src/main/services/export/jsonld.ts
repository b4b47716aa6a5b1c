import type { EventRecord } from '../../../shared/record'
import { ChunkBuffer } from './chunks'
import type { RecordField } from './record-fields'
import type { RenderSummary } from './types'

/** A schema.org node; values that are null or empty are left out rather than written as null. */
type Node = Record<string, unknown>

function compact(node: Node): Node | undefined {
  const entries = Object.entries(node).filter(
    ([, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)
  )
  // A node with only its @type says nothing; drop it so a record without a place has no empty Place.
  return entries.some(([key]) => key !== '@type') ? Object.fromEntries(entries) : undefined
}

/** The fields an event is made of: an export reads only these from the collection (format-fields.ts). */
export const JSONLD_FIELDS = [
  'uid', 'title', 'startDate', 'endDate', 'place', 'city', 'country', 'countryCode', 'notes', 'tags'
] as const satisfies readonly RecordField[]

/** What toSchemaOrgEvent may read: using another field fails to compile until it is added above. */
export type JsonLdRecord = Pick<EventRecord, (typeof JSONLD_FIELDS)[number]>

/**
 * One record as a schema.org Event. Dates are passed through as ISO 8601 text (partial dates
 * like "2009-11" included: schema.org allows ISO 8601 and inventing a day would be a lie).
 * addressCountry prefers the ISO 3166-1 code, as schema.org recommends, and falls back to the name.
 */
export function toSchemaOrgEvent(record: JsonLdRecord): Node {
  const address = compact({
    '@type': 'PostalAddress',
    addressLocality: record.city,
    addressCountry: record.countryCode ?? record.country
  })
  const location = compact({ '@type': 'Place', name: record.place, address })
  return compact({
    '@id': `urn:uuid:${record.uid}`,
    '@type': 'Event',
    identifier: record.uid,
    name: record.title,
    startDate: record.startDate,
    endDate: record.endDate,
    location,
    description: record.notes,
    keywords: record.tags
  })!
}

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
