import type { DedupeRecord } from '../types'

/** A record with sensible defaults for tests; only what a test cares about needs saying. */
export function record(id: number, fields: Partial<DedupeRecord> = {}): DedupeRecord {
  return {
    id,
    title: 'Unlocking the potential of refugees and asylum seekers: intercultural approaches to integration',
    startDate: '2015-10-29',
    endDate: '2015-10-30',
    place: 'Neuchâtel (Switzerland)',
    city: 'Neuchâtel',
    country: 'Switzerland',
    countryCode: 'CH',
    ...fields
  }
}
