import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { readingOf, row } from './testing'

describe('one event per line', () => {
  it('reads fields split by dashes, pipes and semicolons, in any order', () => {
    const text = [
      'UNESCO Creative Cities – events 2019',
      '',
      'Annual Conference of the Creative Cities Network – Fabriano, Italy – 10–15 June 2019',
      'Cities of Literature meeting | Edinburgh, UK | 3-5 May 2019',
      'Forum on culture and sustainable development; Paris, France; 12/03/2019',
      'From Vision to Action - Making Rights a Reality – Oslo, Norway – 26-27 June 2019',
      '28 December 2019 – 3 January 2020 – Winter school on heritage – Kraków, Poland',
      'Webinar: culture in the city – Online – 2019-04-16 14:00-15:30',
      'Back to top'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(3, 'Annual Conference of the Creative Cities Network', '2019-06-10', '2019-06-15', 'Fabriano, Italy', 'Fabriano', 'Italy', 'IT'),
      row(4, 'Cities of Literature meeting', '2019-05-03', '2019-05-05', 'Edinburgh, UK', 'Edinburgh', 'United Kingdom', 'GB'),
      row(5, 'Forum on culture and sustainable development', '2019-03-12', '2019-03-12', 'Paris, France', 'Paris', 'France', 'FR'),
      row(6, 'From Vision to Action - Making Rights a Reality', '2019-06-26', '2019-06-27', 'Oslo, Norway', 'Oslo', 'Norway', 'NO'),
      row(7, 'Winter school on heritage', '2019-12-28', '2020-01-03', 'Kraków, Poland', 'Kraków', 'Poland', 'PL'),
      row(8, 'Webinar: culture in the city', '2019-04-16', '2019-04-16', 'Online', null, null, null)
    ])
    const webinar = result.records[5]
    expect(webinar?.tags).toContain('online')
    expect(webinar?.warnings).toContain('online event')
    expect(webinar?.notes).toBe('time: 14:00–15:30')
    expect(result.skipped).toEqual([
      { line: 1, text: 'UNESCO Creative Cities – events 2019', reason: 'heading' },
      { line: 9, text: 'Back to top', reason: 'page furniture' }
    ])
  })

  it('keeps the event date, not a date quoted in the title', () => {
    const text = [
      'Follow-up to the Tokyo Declaration (18 January 2012) – Tokyo, Japan – 18-19 January 2013',
      'Anniversary of the Faro Convention – Faro, Portugal – 27 October 2015'
    ].join('\n')
    const result = parseListingText(text)
    expect(result.records.map(readingOf)).toEqual([
      row(1, 'Follow-up to the Tokyo Declaration (18 January 2012)', '2013-01-18', '2013-01-19', 'Tokyo, Japan', 'Tokyo', 'Japan', 'JP'),
      row(2, 'Anniversary of the Faro Convention', '2015-10-27', '2015-10-27', 'Faro, Portugal', 'Faro', 'Portugal', 'PT')
    ])
    expect(result.records[0]?.warnings).toContain('date inside the title ignored')
  })
})
