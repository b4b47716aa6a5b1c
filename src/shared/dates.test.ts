import { describe, expect, it } from 'vitest'
import { daysInMonth, endNotBeforeStart, isIsoPartialDate } from './dates'

describe('ISO partial dates', () => {
  it('accepts full and partial dates that exist', () => {
    for (const date of ['2015', '2015-10', '2015-10-29', '2020-02-29', '2000-02-29', '2019-12-31', '0999-01-01']) {
      expect(isIsoPartialDate(date), date).toBe(true)
    }
  })

  it('refuses days and months that do not exist, and other shapes', () => {
    for (const date of ['2019-02-29', '1900-02-29', '2019-04-31', '2019-13', '2019-00', '2019-01-00', '2019-1-5', '19', '2019/01/05', ' 2019', '', 'abcd', '20a9', '2019-1a', '2019-01-3x', '２０１９', '2019-01-05 ']) {
      expect(isIsoPartialDate(date), date).toBe(false)
    }
  })

  it('counts the days of every month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2019, m))).toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
    expect([2024, 2000, 1900, 2100].map((y) => daysInMonth(y, 2))).toEqual([29, 29, 28, 28])
  })

  it('compares partial dates by the days they can mean', () => {
    expect(endNotBeforeStart('2015-10-29', '2015-10')).toBe(true)
    expect(endNotBeforeStart('2015-10-29', '2015-10-28')).toBe(false)
    expect(endNotBeforeStart('2015', '2014-12-31')).toBe(false)
  })
})
