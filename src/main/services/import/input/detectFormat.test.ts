import { describe, expect, it } from 'vitest'
import { detectFormat } from './detectFormat'

describe('detectFormat', () => {
  it('trusts a known extension', () => {
    expect(detectFormat('anything at all', 'x.json')).toBe('json')
    expect(detectFormat('anything at all', 'EXPORT.CSV')).toBe('csv')
    expect(detectFormat('anything at all', 'a.tsv')).toBe('csv')
  })

  it('reads the content when the extension says nothing', () => {
    expect(detectFormat('{"format":"curate-records","version":1,"records":[]}', 'x.txt')).toBe('json')
    expect(detectFormat('  [ {"title": "A"} ]')).toBe('json')
    expect(detectFormat('[fr] Réunion annuelle\n12 mai 2010\nParis')).toBe('text')
  })

  it('takes a header of known column names for CSV', () => {
    expect(detectFormat('Title;Date;Place\nA;2010;Paris\n')).toBe('csv')
    expect(detectFormat('titel\tdatum\nA\t2010\n')).toBe('csv')
    expect(detectFormat('sep=;\nOnderwerp;Wanneer\nA;2010\n')).toBe('csv')
  })

  it('takes regularly delimited rows for CSV even without a header', () => {
    const rows = ['Conference A|12 May 2010|Paris', 'Meeting B|3 June 2011|Berlin', 'Summit|2012|Rome'].join('\n')
    expect(detectFormat(rows)).toBe('csv')
  })

  it('does not take one-event-per-line listings whose dates sit inside text for CSV', () => {
    const lines = ['12 May 2010 – Annual meeting, Paris, France', '3 June 2011 – Seminar on records, Rome, Italy', '1 July 2012 – Study visit, Berlin, Germany']
    expect(detectFormat(lines.join('\n'))).toBe('text')
  })

  it('does not take listing text with "City, Country" lines for CSV', () => {
    const listing = [
      'Meetings and events',
      '',
      'Annual meeting',
      '12 May 2010',
      'Paris, France',
      '',
      '',
      'Study visit',
      '30 August - 1 September 2010',
      'Geneva, Switzerland',
      '',
      'Seminar on archives',
      '3 June 2011',
      'Rome, Italy'
    ].join('\n')
    expect(detectFormat(listing)).toBe('text')
  })
})
