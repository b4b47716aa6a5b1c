import { describe, expect, it } from 'vitest'
import { changedRecords } from './changedRecords'
import type { PreviewRecord } from '../../../../shared/contracts/import'

const record = (sourceLine: number, title: string, place: string | null): PreviewRecord => ({
  title, startDate: '2021-05-03', endDate: '2021-05-03', dateText: null, place, city: null, country: null, countryCode: null, notes: null, tags: [],
  sourceLine, sourceText: title, confidence: 1, warnings: [], identity: null, duplicate: null
})

describe('records read differently after an instruction', () => {
  it('counts records whose reading changed, and records that are gone', () => {
    const before = [record(3, 'Opening', '19:30'), record(8, 'Piano', '20:00'), record(13, 'Closing', 'Great Hall')]
    expect(changedRecords(before, before)).toBe(0)
    expect(changedRecords(before, [record(3, 'Opening', 'Great Hall'), record(8, 'Piano', 'Small Hall'), before[2]!])).toBe(2)
    expect(changedRecords(before, before.slice(0, 2))).toBe(1)
  })
})
