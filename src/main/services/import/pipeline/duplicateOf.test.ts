import { describe, expect, it } from 'vitest'
import { dispatchSessionsPerTest } from '../../../testing/dispatchSession'

const session = dispatchSessionsPerTest()
const row = { title: 'Round table on intercultural mediation', startDate: '2012-11-05', endDate: '2012-11-05', place: 'Geneva, Switzerland', city: 'Geneva', country: 'Switzerland', countryCode: 'CH' }

describe('import:duplicateOf: a preview row corrected by the archivist is compared again', () => {
  it('flags the existing record once the corrected fields match it, and nothing for another date or a date still being typed', async () => {
    const s = session()
    const existing = await s.call('records:create', { fields: row })
    expect(await s.call('import:duplicateOf', { record: row })).toEqual({
      duplicate: expect.objectContaining({ id: existing.id, title: row.title, startDate: '2012-11-05', score: expect.any(Number) })
    })
    expect(await s.call('import:duplicateOf', { record: { ...row, startDate: '2013-11-05', endDate: '2013-11-05' } })).toEqual({ duplicate: null })
    expect(await s.call('import:duplicateOf', { record: { ...row, startDate: '5 Nov 20', endDate: null } })).toEqual({ duplicate: null })
  })
})
