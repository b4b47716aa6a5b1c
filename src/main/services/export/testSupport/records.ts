import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventRecord } from '../../../../shared/record'

/** A complete record with plausible values; tests override only what they are about. */
export function makeRecord(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 1,
    uid: '6f1c2a3e-0b4d-4c5e-9f60-1a2b3c4d5e6f',
    title: 'International Meeting on Water',
    startDate: '2015-10-29',
    endDate: '2015-10-30',
    dateText: '29-30 October 2015',
    place: 'Neuchâtel (Switzerland)',
    city: 'Neuchâtel',
    country: 'Switzerland',
    countryCode: 'CH',
    notes: 'Hosted by the university.',
    tags: ['water', 'meeting'],
    status: 'active',
    warnings: [],
    confidence: 0.9,
    batchId: 3,
    sourceFile: 'listing.txt',
    sourceLine: 12,
    sourceText: 'International Meeting on Water\n29-30 October 2015, Neuchâtel (Switzerland)',
    mergedInto: null,
    deletedAt: null,
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-02T11:30:15.000Z',
    version: 2,
    ...overrides
  }
}

/** A UUID-shaped uid derived from a number, so generated records are distinct and stable. */
export function uidFor(n: number): string {
  const hex = n.toString(16).padStart(12, '0')
  return `00000000-0000-4000-8000-${hex}`
}

/**
 * Records made on demand (never held in an array), standing in for the paged SQLite source,
 * so memory and speed measurements see the writer and not the data.
 */
export function* generateRecords(count: number): Generator<EventRecord> {
  const base = makeRecord()
  for (let i = 1; i <= count; i++) {
    const day = String((i % 28) + 1).padStart(2, '0')
    yield {
      ...base,
      id: i,
      uid: uidFor(i),
      title: `Seminar number ${i} on "archives", records; and memory`,
      startDate: `2015-10-${day}`,
      endDate: `2015-10-${day}`,
      notes: i % 3 === 0 ? `Line one\nline two of note ${i}` : null,
      tags: i % 2 === 0 ? ['seminar', `series ${i % 10}`] : []
    }
  }
}

/** A fresh temporary folder and its cleanup. */
export function temporaryFolder(prefix = 'curate-export-'): { folder: string; cleanup: () => void } {
  const folder = mkdtempSync(join(tmpdir(), prefix))
  return { folder, cleanup: () => rmSync(folder, { recursive: true, force: true }) }
}

/** Drains a text renderer into one string (tests only: real exports stream). */
export function collect(chunks: Iterable<string>): string {
  let text = ''
  for (const chunk of chunks) text += chunk
  return text
}
