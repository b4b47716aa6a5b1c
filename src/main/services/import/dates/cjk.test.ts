import { describe, expect, it } from 'vitest'
import { findDatesInLine, eraYear, findYearInText } from './index'
import { readAll, readOne } from './testing'

describe('CJK dates', () => {
  it.each([
    ['2012年1月18日', '2012-01-18', '2012-01-18'],
    ['2020년 10월 17일', '2020-10-17', '2020-10-17'],
    ['2011年4月23日から5月1日まで', '2011-04-23', '2011-05-01'],
    ['令和元年5月1日', '2019-05-01', '2019-05-01'],
    ['市長の一日(平成31年4月)', '2019-04', '2019-04'],
    ['2019年9月6日星期五', '2019-09-06', '2019-09-06'],
    ['2019年10月17日(木)～19日(土)', '2019-10-17', '2019-10-19'],
    ['2019年10月17日至19日', '2019-10-17', '2019-10-19'],
    ['2020. 10. 17.(토)', '2020-10-17', '2020-10-17'],
    ['2020년 10월 17일 (토요일)', '2020-10-17', '2020-10-17']
  ])('%s', (line, start, end) => {
    expect(readOne(line)).toEqual([start, end])
  })

  it('reads a range of days whose marker comes after the last day, and never a count of days', () => {
    expect(readOne('时间：2019年11月20-22日')).toEqual(['2019-11-20', '2019-11-22'])
    expect(readOne('2020年10月17～18日')).toEqual(['2020-10-17', '2020-10-18'])
    expect(readAll('3-5日間')).toEqual([])
  })

  it('takes the year of a yearless date from context and checks its weekday', () => {
    expect(readOne('1月18日(水)', { year: 2012 })).toEqual(['2012-01-18', '2012-01-18'])
    expect(readAll('1月18日(水)', { year: 2012 })[0]?.warnings).toEqual(['year 2012 assumed: the text gives none'])
    expect(readOne('2月28日から3月6日まで', { year: 2011 })).toEqual(['2011-02-28', '2011-03-06'])
  })

  it('reads the weekday after a Korean date, and warns when it does not match', () => {
    expect(findDatesInLine('10월 17일(토)')[0]).toMatchObject({ weekday: 6, length: 10 })
    expect(readAll('2020년 10월 17일 (일)')[0]?.warnings).toEqual(['the text says Sunday, but 2020-10-17 is a Saturday'])
  })

  it('converts Japanese era years', () => {
    expect(eraYear('平成', 31)).toBe(2019)
    expect(eraYear('令和', '元')).toBe(2019)
    expect(eraYear('昭和', 64)).toBe(1989)
    expect(eraYear('天保', 1)).toBeUndefined()
  })

  it('gives a day alone (with its weekday) only to a caller that asks for partial readings', () => {
    expect(findDatesInLine('29日(月曜日)')).toEqual([])
    expect(findDatesInLine('29日(月曜日)', { partial: true })).toEqual([{ start: { day: 29 }, index: 0, length: 8, weekday: 1 }])
  })

  it('never takes a time, a duration or a month name for a date', () => {
    expect(findDatesInLine('午前10時30分、市内での茶道裏千家淡交会周防支部チャリティみどりの茶会', { partial: true })).toEqual([])
    expect(findDatesInLine('午後2時30分、4月定例山口県市長会議', { partial: true })).toEqual([])
    expect(findDatesInLine('3日間の研修', { partial: true })).toEqual([])
    expect(findDatesInLine('令和元年度', { partial: true })).toEqual([])
  })

  it('reports a Japanese clock time beside the date', () => {
    expect(findDatesInLine('4月23日 午後1時30分')[0]?.time).toBe('13:30')
  })
})

describe('findYearInText', () => {
  it.each([
    ['Copa Claro 2011', 2011],
    ['2011年マレーシアオープン', 2011],
    ['市長の一日(平成31年4月)', 2019],
    ['AGU 2019 Fall Meeting', 2019],
    ['Mittwochsvorträge 2019', 2019],
    ['Konferencje 2019 - pierwsze półrocze', 2019]
  ])('%s names %i', (text, year) => {
    expect(findYearInText(text)).toBe(year)
  })

  it.each(['St. Petersburg Open', '19. GERRY WEBER OPEN', 'Season 2019–2020', 'Call 0483 9583 37', 'ISBN 978-3-16-148410-0', 'Room 1024'])(
    '%s names no one year',
    (text) => {
      expect(findYearInText(text)).toBeUndefined()
    }
  )
})
