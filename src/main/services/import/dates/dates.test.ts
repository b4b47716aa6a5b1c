import { describe, expect, it } from 'vitest'
import { findDateInLine, parseDateText } from './index'

const cases: [string, string | null, string | null][] = [
  ['29-30 October 2015', '2015-10-29', '2015-10-30'],
  ['30 August - 1 September 2010', '2010-08-30', '2010-09-01'],
  ['30 November-1 December 2009', '2009-11-30', '2009-12-01'],
  ['4–7 October 2011', '2011-10-04', '2011-10-07'],
  ['Tuesday 12 March 2019', '2019-03-12', '2019-03-12'],
  ['mardi 12 mars 2019', '2019-03-12', '2019-03-12'],
  ['14. März 2019', '2019-03-14', '2019-03-14'],
  ['3-4 juin 2016', '2016-06-03', '2016-06-04'],
  ['12 de marzo de 2019', '2019-03-12', '2019-03-12'],
  ['3 maggio 2019', '2019-05-03', '2019-05-03'],
  ['5 de maio de 2019', '2019-05-05', '2019-05-05'],
  ['3 mei 2019', '2019-05-03', '2019-05-03'],
  ['vom 3. bis 5. Juni 2019', '2019-06-03', '2019-06-05'],
  ['del 3 al 5 de mayo de 2019', '2019-05-03', '2019-05-05'],
  ['March 30 - April 2, 2019', '2019-03-30', '2019-04-02'],
  ['12/03/2019', '2019-03-12', '2019-03-12'],
  ['12.03.2019', '2019-03-12', '2019-03-12'],
  ['12.-14.03.2019', '2019-03-12', '2019-03-14'],
  ['2019-03-12', '2019-03-12', '2019-03-12'],
  ['2019-03-12/2019-03-14', '2019-03-12', '2019-03-14'],
  ['28 December 2019 – 3 January 2020', '2019-12-28', '2020-01-03'],
  ['28 December – 3 January 2020', '2019-12-28', '2020-01-03'],
  ['October 2015', '2015-10', '2015-10'],
  ['2009', '2009', '2009'],
  ['2009-11', '2009-11', '2009-11'],
  ['31 February 2019', null, null]
]

describe('parseDateText', () => {
  it.each(cases)('%s', (text, start, end) => {
    const reading = parseDateText(text)
    expect(reading).not.toBeNull()
    expect([reading?.startDate, reading?.endDate]).toEqual([start, end])
  })

  it('keeps the date and reports the time', () => {
    expect(parseDateText('12 March 2019, 14:00-16:00')).toMatchObject({ startDate: '2019-03-12', time: '14:00–16:00' })
    expect(parseDateText('12 March 2019 at 2 pm')).toMatchObject({ startDate: '2019-03-12', time: '14:00' })
  })

  it('needs a year from somewhere and never from the clock', () => {
    expect(parseDateText('12 March')).toMatchObject({ startDate: null, endDate: null, warnings: ['no year in the date: set one or give a default year'] })
    expect(parseDateText('12 March', { year: 2020 })).toMatchObject({ startDate: '2020-03-12' })
    expect(parseDateText('28 December - 3 January', { headingYear: { year: 2019, heading: 'Programme 2019' } })).toMatchObject({
      startDate: '2019-12-28',
      endDate: '2020-01-03',
      warnings: ["year taken from heading 'Programme 2019'"]
    })
  })

  it('reads an impossible day-first slash date month-first, and says so', () => {
    const reading = parseDateText('03/25/2019')
    expect(reading?.startDate).toBe('2019-03-25')
    expect(reading?.warnings[0]).toMatch(/month-first/)
  })

  it('finds no date in titles that only carry numbers', () => {
    expect(parseDateText('2013 Ansan summit')).toBeNull()
    expect(parseDateText('1st ICC expert visit')).toBeNull()
  })
})

describe('findDateInLine', () => {
  it('gives the offsets of the date inside a longer line', () => {
    const line = 'Annual Conference – Fabriano, Italy – 10–15 June 2019'
    const found = findDateInLine(line)
    expect(found?.reading).toMatchObject({ startDate: '2019-06-10', endDate: '2019-06-15', matchedText: '10–15 June 2019' })
    expect(line.slice(found?.index, (found?.index ?? 0) + (found?.length ?? 0))).toBe('10–15 June 2019')
  })

  it('returns null for a line with no date', () => {
    expect(findDateInLine('Oslo (Norway)')).toBeNull()
  })
})
