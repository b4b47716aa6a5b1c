import { describe, expect, it } from 'vitest'
import { findDatesInLine, parseDateText, resolveParts } from './index'
import { readAll, readOne } from './testing'

describe('ranges and lists in many languages', () => {
  it.each([
    ['du 10 au 19 janvier 2020', '2020-01-10', '2020-01-19'],
    ['du 30 janvier au 6 février 2022', '2022-01-30', '2022-02-06'],
    ['dal 3 al 5 maggio 2019', '2019-05-03', '2019-05-05'],
    ['vom 3. bis 5. Mai 2019', '2019-05-03', '2019-05-05'],
    ['1. bis zum 8. Mai 2011', '2011-05-01', '2011-05-08'],
    ['25. Oktober bis 31. Oktober 2010', '2010-10-25', '2010-10-31'],
    ['od 3 do 5 maja 2019', '2019-05-03', '2019-05-05'],
    ['с 6 по 12 июня 2011', '2011-06-06', '2011-06-12'],
    ['12 al 15 de noviembre de 2019', '2019-11-12', '2019-11-15'],
    ['entre 30 de Abril e 6 de Maio de 2011', '2011-04-30', '2011-05-06'],
    ['24 lutego – 1 marca 2019 Los Angeles, Kalifornia, USA –', '2019-02-24', '2019-03-01'],
    ['30 November/1st December 2009', '2009-11-30', '2009-12-01'],
    ['from1 May 2008 to 3 May 2008', '2008-05-01', '2008-05-03'],
    ['between 7 and 13 November 2011', '2011-11-07', '2011-11-13'],
    ['28-31 października 2008', '2008-10-28', '2008-10-31'],
    ['31-1 lutego 2019', '2019-01-31', '2019-02-01'],
    ['30-2 January 2020', '2019-12-30', '2020-01-02'],
    ['8, 9 et 10 octobre 2015', '2015-10-08', '2015-10-10'],
    ['21, 22 y 23 de octubre de 2024', '2024-10-21', '2024-10-23'],
    ['8, 9, 10 octobre 2015', '2015-10-08', '2015-10-10'],
    ['17th & 18th October 2019', '2019-10-17', '2019-10-18'],
    ['Saturday 19 and Sunday 20 October 2019', '2019-10-19', '2019-10-20'],
    ['Saturday, March 30 – Monday, April 1, 2019', '2019-03-30', '2019-04-01'],
    ['17.–19. Oktober 2019', '2019-10-17', '2019-10-19'],
    ['2019. október 17–19.', '2019-10-17', '2019-10-19'],
    ['2019 October 17', '2019-10-17', '2019-10-17'],
    ['17 t/m 19 oktober 2019', '2019-10-17', '2019-10-19'],
    ['17–19 октября 2019 г.', '2019-10-17', '2019-10-19'],
    ['17 أكتوبر 2019', '2019-10-17', '2019-10-17'],
    ['Wed 12 - Fri 14 June 2019', '2019-06-12', '2019-06-14'],
    ['du lundi 3 au vendredi 7 juin 2019', '2019-06-03', '2019-06-07'],
    ['del lunes 3 al viernes 7 de junio de 2019', '2019-06-03', '2019-06-07'],
    ['5th-7th of June 2019', '2019-06-05', '2019-06-07'],
    ['12.6.–14.6.2019', '2019-06-12', '2019-06-14'],
    ['5.–7. června 2019', '2019-06-05', '2019-06-07'],
    ['5-7 Haziran 2019', '2019-06-05', '2019-06-07'],
    ['5-7 Ιουνίου 2019', '2019-06-05', '2019-06-07']
  ])('%s', (line, start, end) => {
    expect(readOne(line)).toEqual([start, end])
  })

  it('reads yearless ranges for the caller to give a year', () => {
    expect(readOne('February 14th to 20th', { year: 2011 })).toEqual(['2011-02-14', '2011-02-20'])
    expect(readOne('4. bis. 12. Juni', { year: 2011 })).toEqual(['2011-06-04', '2011-06-12'])
    expect(readOne('del 21 al 26 de febrero', { year: 2011 })).toEqual(['2011-02-21', '2011-02-26'])
  })

  it('gives day-only ranges and open ends only to a caller that asks', () => {
    expect(findDatesInLine('dal 3 al 5;')).toEqual([])
    expect(findDatesInLine('dal 3 al 5;', { partial: true })).toMatchObject([{ start: { day: 3 }, end: { day: 5 } }])
    expect(findDatesInLine('Semaine de la mode masculine (jusqu\'au 7)', { partial: true })).toMatchObject([
      { start: {}, end: { day: 7 }, openStart: true }
    ])
    const through = readAll('Courses and Workshops Through January 1, 2020', { partial: true })
    expect(through).toMatchObject([{ text: 'Through January 1, 2020', start: null, end: '2020-01-01' }])
    expect(through[0]?.warnings).toContain('only the end date is given')
    expect(findDatesInLine('Ausstellung (bis 2.6.2019)', { partial: true })).toMatchObject([
      { start: {}, end: { year: 2019, month: 6, day: 2 }, openStart: true }
    ])
    // Without partial, the end date is read as the one day it names, as before.
    expect(readOne('Through January 1, 2020')).toEqual(['2020-01-01', '2020-01-01'])
  })

  it('gives a bare day range opening a line, across a month end too, to a caller that asks', () => {
    expect(findDatesInLine('8-10 &bull;')).toEqual([])
    expect(findDatesInLine('8-10 &bull;', { partial: true })).toMatchObject([{ start: { day: 8 }, end: { day: 10 } }])
    expect(findDatesInLine('31-1 &bull;', { partial: true })).toMatchObject([{ start: { day: 31 }, end: { day: 1 } }])
    expect(findDatesInLine('| 26–27 |', { partial: true })).toMatchObject([{ start: { day: 26 }, end: { day: 27 } }])
    expect(findDatesInLine('2-3 people per table', { partial: true })).toEqual([])
    expect(findDatesInLine('Room 8-10', { partial: true })).toEqual([])
  })

  it('does not take numbers of other things for a day-only range', () => {
    expect(findDatesInLine('Geschichten für Kinder von 6 bis 10 Jahren', { partial: true })).toEqual([])
    expect(findDatesInLine('Jeden Donnerstag von 16.00 bis 17.00 Uhr', { partial: true })).toEqual([])
  })
})

describe('weekdays and times beside dates', () => {
  it('reads past times, never taking them for days', () => {
    expect(readAll('Lunedì 13 maggio alle ore 15 in aula magna', { year: 2024 })).toMatchObject([{ start: '2024-05-13' }])
    expect(findDatesInLine('Lunedì 13 maggio alle ore 15 in aula magna')[0]?.time).toBe('15:00')
    expect(findDatesInLine('mercredi 4 mars 2009, à partir de 15 h 15')[0]).toMatchObject({ time: '15:15', start: { day: 4, month: 3, year: 2009 } })
    expect(findDatesInLine('op dinsdag 14 september om 16.00 uur')[0]?.time).toBe('16:00')
    expect(findDatesInLine('Jeudi 12 janvier > 18h')[0]?.time).toBe('18:00')
    expect(findDatesInLine('  - 일정: 10. 22. (목) 14:00~16:00')[0]?.time).toBe('14:00–16:00')
    expect(findDatesInLine('June 5th, 2019 @ 7pm')[0]?.time).toBe('19:00')
    expect(findDatesInLine('onsdag 5 juni 2019 kl. 19.00')[0]?.time).toBe('19:00')
    expect(findDatesInLine('6월 5일(수) 오후 7시')[0]?.time).toBe('19:00')
  })

  it('gives a day with a weekday and no month only to a caller that asks', () => {
    expect(findDatesInLine('Sábado, dia 23')).toEqual([])
    expect(findDatesInLine('Sábado, dia 23', { partial: true })).toMatchObject([{ start: { day: 23 }, weekday: 6 }])
    expect(findDatesInLine('Segunda-feira, dia 25', { partial: true })).toMatchObject([{ start: { day: 25 }, weekday: 1 }])
    expect(findDatesInLine('Montag 16 Uhr', { partial: true })).toEqual([])
  })

  it('warns when the weekday does not match the date, and keeps the date', () => {
    const wrong = readAll('Jeudi 15 janvier', { year: 2023 })
    expect(wrong).toMatchObject([{ start: '2023-01-15' }])
    expect(wrong[0]?.warnings).toContain('the text says Thursday, but 2023-01-15 is a Sunday')
    expect(readAll('Jeudi 12 janvier', { year: 2023 })[0]?.warnings).toEqual(['year 2023 assumed: the text gives none'])
  })

  it('gives no date and a warning for TBA, TBD, TBC', () => {
    for (const text of ['TBA', '<font color=darkred>TBA</font>', 'tbd', 'Date: TBC', 'à confirmer']) {
      const reading = parseDateText(text)
      expect(reading, text).toMatchObject({ startDate: null, endDate: null })
      expect(reading?.warnings[0], text).toMatch(/to be announced/)
    }
    expect(parseDateText('Tbilisi')).toBeNull()
  })

  it('scans a long hostile line in linear time', () => {
    const hostile = ['1, '.repeat(20_000), '1.'.repeat(20_000), '10. '.repeat(20_000), '1日'.repeat(20_000), 'du 1 au '.repeat(10_000)]
    for (const line of hostile) {
      const started = performance.now()
      findDatesInLine(line, { partial: true, numericOrder: 'monthFirst' })
      expect(performance.now() - started, line.slice(0, 12)).toBeLessThan(1500)
    }
  })
})

describe('an end not known yet', () => {
  it('gives the start and no end date, with a warning, when the end is marked open', () => {
    const [parts] = findDatesInLine('9 March 2031')
    const reading = resolveParts({ ...parts!, openEnd: true }, '9 March 2031')
    expect(reading).toMatchObject({ startDate: '2031-03-09', endDate: null })
    expect(reading.warnings).toContain('end date to be announced')
  })
})
