import { describe, expect, it } from 'vitest'
import { describeIssues, RecordFieldsSchema } from './validation'

const fields = (startDate: string | null, endDate: string | null) => ({
  title: 'Forum', startDate, endDate, dateText: null, place: null, city: null, country: null, countryCode: null, notes: null, tags: []
})
const errorsOf = (value: unknown): Record<string, string> => {
  const result = RecordFieldsSchema.safeParse(value)
  return result.success ? {} : describeIssues(result.error.issues).fields
}

describe('the record schema judges the date order only between readable dates', () => {
  it('an impossible start date is one error, not also "end before start"', () => {
    expect(errorsOf(fields('2015-02-30', '2015-01-01'))).toEqual({ startDate: expect.stringContaining('ISO 8601') })
    expect(errorsOf(fields('29 Oct 2015', '2015-10-30'))).toEqual({ startDate: expect.stringContaining('ISO 8601') })
  })

  it('still refuses an end before a readable start', () => {
    expect(errorsOf(fields('2015-10-29', '2015-10-28'))).toEqual({ endDate: 'end date is before the start date' })
  })
})
