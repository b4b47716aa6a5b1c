import { describe, expect, it } from 'vitest'
import { numericOrderOfPage } from './pageHints'
import { readAll, readOne } from './testing'

describe('numeric dates', () => {
  it.each([
    ['02.05.2019 -02.06.2019', '2019-05-02', '2019-06-02'],
    ['30.5. bis 2.6.2019, Kassel, Rainer-Dierichs-Platz.', '2019-05-30', '2019-06-02'],
    ['02. bis 05.05.2019, Frankfurt (Oder), Marktplatz;', '2019-05-02', '2019-05-05'],
    ['7.2.2011 bis zum 13.2.2011', '2011-02-07', '2011-02-13'],
    ['6 – 8 /02/2013', '2013-02-06', '2013-02-08'],
    ['Start: 21/10/2024', '2024-10-21', '2024-10-21'],
    ['| 2019-09-06 | 2019-09-10 |', '2019-09-06', '2019-09-06'],
    ['2019/10/17', '2019-10-17', '2019-10-17'],
    ['2019-03-12/14', '2019-03-12', '2019-03-14']
  ])('%s', (line, start, end) => {
    const all = readAll(line)
    expect([all[0]?.start, all[0]?.end]).toEqual([start, end])
  })

  it('reads the Korean month. day form before a weekday, month first', () => {
    expect(readOne('  - 일시: 10.17 (토)', { year: 2020 })).toEqual(['2020-10-17', '2020-10-17'])
    expect(readOne('  - 첫 번째 대회: 09. 10. (목) 19:30 - 22:30', { year: 2020 })).toEqual(['2020-09-10', '2020-09-10'])
    expect(readOne('  - 일시: 10. 23(금)', { year: 2020 })).toEqual(['2020-10-23', '2020-10-23'])
  })

  it('reads a day and month in figures after a weekday, two-letter abbreviations included, in the page language', () => {
    expect(readOne('Do, 7.11. | 19 Uhr', { year: 2019, languages: ['de'] })).toEqual(['2019-11-07', '2019-11-07'])
    expect(readOne('Mi., 27.11.', { year: 2019, languages: ['de'] })).toEqual(['2019-11-27', '2019-11-27'])
    expect(readOne('Fr, 22.11. – So, 24.11.', { year: 2019, languages: ['de'] })).toEqual(['2019-11-22', '2019-11-24'])
    expect(readOne('mardi 12.03', { year: 2019, languages: ['fr'] })).toEqual(['2019-03-12', '2019-03-12'])
    // Without a weekday, or with a two-letter word that is no weekday of the page's languages, a pair stays a number.
    expect(readAll('Beginn 7.11.', { year: 2019, languages: ['de'] })).toEqual([])
    expect(readAll('so 10.30 Uhr', { year: 2019, languages: ['en'] })).toEqual([])
  })

  it('reads yearless pairs without a weekday only once the page order is known', () => {
    expect(readAll('  - 일시: 10. 30', { year: 2020 })).toEqual([])
    expect(readOne('  - 일시: 10. 30', { year: 2020, numericOrder: 'monthFirst' })).toEqual(['2020-10-30', '2020-10-30'])
    expect(readOne('  - 기간: 10. 09 ~ 10. 11', { year: 2020, numericOrder: 'monthFirst' })).toEqual(['2020-10-09', '2020-10-11'])
  })

  it('decides 03/04/2019 by the page order, day first by default', () => {
    expect(readOne('03/04/2019')).toEqual(['2019-04-03', '2019-04-03'])
    expect(readOne('03/04/2019', { numericOrder: 'monthFirst' })).toEqual(['2019-03-04', '2019-03-04'])
    // Only one order reads 03/25/2019: month first, whatever the page, and said when unexpected.
    expect(readAll('03/25/2019')[0]?.warnings[0]).toMatch(/month-first/)
    expect(readAll('03/25/2019', { numericOrder: 'monthFirst' })[0]?.warnings).toEqual([])
  })

  it('never reads times, prices, versions, coordinates or links as dates', () => {
    for (const line of [
      'Onderwijs, Cultuur en Wetenschappen: 16.00 tot ca. 17.00 uur Thorbeckezaal',
      '- van 16.30 tot ca. 17.00 uur:',
      'Jeden Donnerstag von 16.00 bis 17.00 Uhr lesen Ehrenamtliche',
      'Alle ore 11.30 nel teatrino di Palazzo Maffei',
      'GPS: 38.91523079959187, -6.345628758689827',
      'Version 2.0, 3.5 km, 9.99 EUR',
      '[Link](http://www.gkn.co.kr/sub/sub.php?sub_code=07/01&edu_code=05)'
    ]) {
      expect(readAll(line, { numericOrder: 'dayFirst' }), line).toEqual([])
      expect(readAll(line, { numericOrder: 'monthFirst', partial: true }).filter((r) => /\d[./]\d/.test(r.text)), line).toEqual([])
    }
  })
})

describe('numericOrderOfPage', () => {
  it('reads the order from dates only one order can read', () => {
    expect(numericOrderOfPage(['Start: 21/10/2024', 'End: 30/10/2024', 'on 03/04/2024'])).toBe('dayFirst')
    expect(numericOrderOfPage(['10/21/2024 – 10/30/2024', 'on 03/04/2024'])).toBe('monthFirst')
    expect(numericOrderOfPage(['  - 일시: 10. 08 (목) 19:00', '  - 일시: 10. 30'])).toBe('monthFirst')
  })

  it('says nothing from times and ambiguous dates', () => {
    expect(numericOrderOfPage(['Alle ore 11.30 nel teatrino', 'on 03/04/2024', '16.00 uur'])).toBeNull()
    expect(numericOrderOfPage([])).toBeNull()
  })
})
