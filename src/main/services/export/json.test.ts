import { describe, expect, it } from 'vitest'
import type { RecordsEnvelope } from '../../../shared/record'
import { renderJson } from './json'
import { collect, generateRecords, makeRecord } from './testSupport/records'

describe('JSON export', () => {
  it('round-trips every field inside the RecordsEnvelope', () => {
    const records = [
      makeRecord(),
      makeRecord({
        id: 2,
        uid: 'a0000000-0000-4000-8000-000000000002',
        title: 'Ünïcode "quotes" \\ and \u2028 separators',
        startDate: '2009-11',
        endDate: null,
        tags: [],
        status: 'merged',
        mergedInto: 1,
        deletedAt: '2024-06-01T00:00:00.000Z',
        confidence: null,
        sourceText: 'line\r\nbreaks\tand tabs'
      })
    ]
    const now = new Date('2025-01-02T03:04:05.678Z')
    const envelope = JSON.parse(collect(renderJson(records, { now }))) as RecordsEnvelope
    expect(envelope).toEqual({ format: 'curate-records', version: 1, exportedAt: '2025-01-02T03:04:05.678Z', records })
  })

  it('writes a valid envelope with no records', () => {
    expect(JSON.parse(collect(renderJson([])))).toMatchObject({ format: 'curate-records', version: 1, records: [] })
  })

  it('streams many records and stays valid JSON across chunk boundaries', () => {
    const chunks = [...renderJson(generateRecords(3_000))]
    expect(chunks.length).toBeGreaterThan(1)
    const envelope = JSON.parse(chunks.join('')) as RecordsEnvelope
    expect(envelope.records).toHaveLength(3_000)
    expect(envelope.records[2_999]).toEqual([...generateRecords(3_000)][2_999])
  })
})
