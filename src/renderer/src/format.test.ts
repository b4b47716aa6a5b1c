import { describe, expect, it } from 'vitest'
import { formatCount, formatDateTime } from './format'

describe('formatCount', () => {
  it('groups thousands as the English interface does', () => {
    expect([0, 7, 999, 1000, 12345, 990100, 1000000, -4321].map(formatCount)).toEqual(['0', '7', '999', '1,000', '12,345', '990,100', '1,000,000', '-4,321'])
    expect(formatCount(1234567)).toBe((1234567).toLocaleString('en'))
  })
})

describe('formatDateTime', () => {
  it('writes every moment the same way: day, month, year, 24-hour local time', () => {
    expect(formatDateTime(new Date(2026, 11, 7, 9, 5).toISOString())).toBe('7 Dec 2026, 09:05')
    expect(formatDateTime(new Date(2015, 0, 18, 23, 59).toISOString())).toBe('18 Jan 2015, 23:59')
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime('not a date')).toBe('not a date')
  })
})
