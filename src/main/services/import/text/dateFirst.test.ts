import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { readingOf, row } from './testing'

describe('date-first listings', () => {
  it('reads blocks that open with the date (Congress of Local and Regional Authorities style)', () => {
    const text = [
      'Council of Europe – Congress events 2018',
      '',
      '4-5 June 2018',
      'Study visit on participatory budgeting',
      'Porto, Portugal',
      '',
      '14-15 June 2018',
      'Current Affairs Committee',
      'Paris (France)',
      '',
      'Tuesday 2 October 2018',
      'Chamber of Regions',
      'Strasbourg, France',
      '',
      '6-8 November 2018',
      '35th Session of the Congress',
      '',
      'Back to top'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(3, 'Study visit on participatory budgeting', '2018-06-04', '2018-06-05', 'Porto, Portugal', 'Porto', 'Portugal', 'PT'),
      row(7, 'Current Affairs Committee', '2018-06-14', '2018-06-15', 'Paris (France)', 'Paris', 'France', 'FR'),
      row(11, 'Chamber of Regions', '2018-10-02', '2018-10-02', 'Strasbourg, France', 'Strasbourg', 'France', 'FR'),
      row(15, '35th Session of the Congress', '2018-11-06', '2018-11-08', null, null, null, null)
    ])
    expect(result.records[3]?.warnings).toContain('no place')
    expect(result.skipped).toEqual([
      { line: 1, text: 'Council of Europe – Congress events 2018', reason: 'heading' },
      { line: 18, text: 'Back to top', reason: 'page furniture' }
    ])
  })

  it('reads one line per event with the date, place and title run together', () => {
    const text = [
      'Upcoming study visits',
      '4-5 June 2018 Porto, Portugal Study visit',
      '12 September 2018 Lisbon, Portugal Seminar on inclusive cities',
      '3–4 October 2018 Utrecht (Netherlands) Expert meeting on migration',
      '20 November 2018 Workshop on anti-rumour strategies'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(2, 'Study visit', '2018-06-04', '2018-06-05', 'Porto, Portugal', 'Porto', 'Portugal', 'PT'),
      row(3, 'Seminar on inclusive cities', '2018-09-12', '2018-09-12', 'Lisbon, Portugal', 'Lisbon', 'Portugal', 'PT'),
      row(4, 'Expert meeting on migration', '2018-10-03', '2018-10-04', 'Utrecht (Netherlands)', 'Utrecht', 'Netherlands', 'NL'),
      row(5, 'Workshop on anti-rumour strategies', '2018-11-20', '2018-11-20', null, null, null, null)
    ])
    expect(result.records.map((r) => r.dateText)).toEqual(['4-5 June 2018', '12 September 2018', '3–4 October 2018', '20 November 2018'])
    expect(result.skipped).toEqual([{ line: 1, text: 'Upcoming study visits', reason: 'heading' }])
  })

  it('takes a linked name on the next line as the title even when it reads like a heading ("Events", "Calendar")', () => {
    const text = ['Konferencje 2031', '', '4-6 marca, Oslo, Norwegia -', '[The Events Calendar Summit](https://example.org/a)', '', '9 marca, Bergen, Norwegia -', '[Nordic Docs Day](https://example.org/b)'].join('\n')
    expect(parseListingText(text).records.map((r) => [r.title, r.startDate, r.place])).toEqual([
      ['The Events Calendar Summit', '2031-03-04', 'Oslo, Norwegia'],
      ['Nordic Docs Day', '2031-03-09', 'Bergen, Norwegia']
    ])
  })
})
