import { describe, expect, it } from 'vitest'
import { allDaySpan, DateMemo, dateRange, formatDay, formatUtcTimestamp } from './icsDates'

describe('DateMemo', () => {
  it('gives what allDaySpan and formatUtcTimestamp give, asked once or many times', () => {
    const dates = [null, '', '2009', '2009-11', '2010-08-30', '2010-09-01', '2010-02-30', '2010-13', 'soon', ' 2011-01-02 ', '2011-01-02T10:00:00Z']
    const stamps = ['2024-05-01T09:00:00.000Z', '2024-05-01T09:00:00Z', '2024-02-30T09:00:00.000Z', '2023-02-29T23:59:59.999Z', '2024-02-29T23:59:59.999Z', '2024-01-01T24:00:00.000Z', '0099-01-01T00:00:00.000Z', 'not a time', '']
    const memo = new DateMemo()
    for (let round = 0; round < 2; round++) {
      for (const start of dates) for (const end of dates) expect(memo.span(start, end)).toEqual(allDaySpan(start, end))
      for (const stamp of stamps) expect(memo.stamp(stamp)).toBe(formatUtcTimestamp(stamp))
    }
    // A null date and the text of a null-like key are not confused.
    expect(memo.span('2009', null)).toEqual(allDaySpan('2009', null))
    expect(memo.span('2009', '\u0000')).toEqual(allDaySpan('2009', '\u0000'))
  })
})

describe('day arithmetic', () => {
  // The former way, through Date (setUTCFullYear, so years 0-99 stay themselves).
  const viaDate = (year: number, month: number, day: number): number => {
    const date = new Date(0)
    date.setUTCFullYear(year, month - 1, day)
    return Math.round(date.getTime() / 86_400_000)
  }
  const formatViaDate = (day: number): string => {
    const date = new Date(day * 86_400_000)
    return `${String(date.getUTCFullYear()).padStart(4, '0')}${String(date.getUTCMonth() + 1).padStart(2, '0')}${String(date.getUTCDate()).padStart(2, '0')}`
  }
  const pad = (n: number, width: number): string => String(n).padStart(width, '0')

  it('agrees with Date on every day, month and year of several centuries, leap days and year 0 included', () => {
    const span = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i)
    const years = [...span(0, 9), 99, 100, 400, ...span(1596, 1604), ...span(1896, 1904), ...span(1968, 2032), 2100, 2400, 9999]
    for (const year of years) {
      const y = pad(year, 4)
      expect(dateRange(y)).toEqual({ first: viaDate(year, 1, 1), last: viaDate(year, 12, 31), precision: 'year' })
      for (let month = 1; month <= 12; month++) {
        const m = `${y}-${pad(month, 2)}`
        const last = viaDate(year, month + 1, 1) - 1
        expect(dateRange(m)).toEqual({ first: viaDate(year, month, 1), last, precision: 'month' })
        for (let day = 1; day <= 31; day++) {
          const range = dateRange(`${m}-${pad(day, 2)}`)
          const exists = viaDate(year, month, day) <= last
          expect(range).toEqual(exists ? { first: viaDate(year, month, day), last: viaDate(year, month, day), precision: 'day' } : undefined)
          if (range) {
            expect(formatDay(range.first)).toBe(formatViaDate(range.first))
            expect(formatDay(range.first + 1)).toBe(formatViaDate(range.first + 1))
          }
        }
      }
    }
  })
})
