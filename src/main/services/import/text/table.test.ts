import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { readingOf, row } from './testing'

describe('tables pasted as text', () => {
  it('reads tab-separated rows under a header', () => {
    const text = [
      'Event\tDate\tVenue',
      'Forum for the Future of Democracy\t6-8 November 2019\tStrasbourg, France',
      'World Forum for Democracy\t2019-11-06\tStrasbourg (France)',
      'Youth event\t28 December 2019 – 3 January 2020\tBudapest, Hungary',
      'Information session\t15 January 2020\tVirtual'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(2, 'Forum for the Future of Democracy', '2019-11-06', '2019-11-08', 'Strasbourg, France', 'Strasbourg', 'France', 'FR'),
      row(3, 'World Forum for Democracy', '2019-11-06', '2019-11-06', 'Strasbourg (France)', 'Strasbourg', 'France', 'FR'),
      row(4, 'Youth event', '2019-12-28', '2020-01-03', 'Budapest, Hungary', 'Budapest', 'Hungary', 'HU'),
      row(5, 'Information session', '2020-01-15', '2020-01-15', 'Virtual', null, null, null)
    ])
    expect(result.records[3]?.tags).toEqual(['online'])
    expect(result.skipped).toEqual([{ line: 1, text: 'Event\tDate\tVenue', reason: 'column header' }])
  })

  it('reads a Markdown table with start, end, city and country columns', () => {
    const text = [
      'European Heritage Days 2019',
      '',
      '| Title | Start | End | City | Country |',
      '|---|---|---|---|---|',
      '| European Heritage Days launch | 12/09/2019 | 14/09/2019 | Tallinn | Estonia |',
      '| Culture Ministers meeting | 21.11.2019 | 21.11.2019 | Bruxelles | Belgique |',
      '| Heritage makers week | 2019-05-06 | 2019-05-10 | Zürich | Schweiz |'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(5, 'European Heritage Days launch', '2019-09-12', '2019-09-14', 'Tallinn, Estonia', 'Tallinn', 'Estonia', 'EE'),
      row(6, 'Culture Ministers meeting', '2019-11-21', '2019-11-21', 'Bruxelles, Belgique', 'Bruxelles', 'Belgium', 'BE'),
      row(7, 'Heritage makers week', '2019-05-06', '2019-05-10', 'Zürich, Schweiz', 'Zürich', 'Switzerland', 'CH')
    ])
    expect(result.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'not a table row'],
      [3, 'column header'],
      [4, 'table rule']
    ])
  })

  it('tells the columns apart by content when there is no header', () => {
    const text = ['Oslo, Norway\t11-12 March 2010\tStudy visit of pilot cities', 'Kyiv, Ukraine\t27-28 April 2010\tRound table on city policies'].join('\n')
    expect(parseListingText(text).records.map(readingOf)).toEqual([
      row(1, 'Study visit of pilot cities', '2010-03-11', '2010-03-12', 'Oslo, Norway', 'Oslo', 'Norway', 'NO'),
      row(2, 'Round table on city policies', '2010-04-27', '2010-04-28', 'Kyiv, Ukraine', 'Kyiv', 'Ukraine', 'UA')
    ])
  })

  it('keeps a row whose dates are TBA, with no date, and leaves the end open when only the end is TBA', () => {
    const text = [
      '| Begin | End | Title | Location |',
      '|---|---|---|---|',
      '| March 2031 | TBA | Radio Imaging Symposium | Chile |',
      '| TBD | TBD | Pulsar Timing Summer School | TBD |',
      '| 2031-05-04 | 2031-05-06 | Maser Workshop | Leiden, Netherlands |'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map((r) => [r.title, r.startDate, r.endDate, r.place])).toEqual([
      ['Radio Imaging Symposium', '2031-03', null, 'Chile'],
      ['Pulsar Timing Summer School', null, null, null],
      ['Maser Workshop', '2031-05-04', '2031-05-06', 'Leiden, Netherlands']
    ])
    expect(result.records[0]!.warnings).toContain('end date to be announced')
    expect(result.records[1]!.warnings.join(' ')).toMatch(/date to be announced/)
  })
})
