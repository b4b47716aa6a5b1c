import ICAL from 'ical.js'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventRecord } from '../../../shared/record'
import { renderIcs } from './ics'
import { allDaySpan } from './icsDates'
import { escapeText, foldLine } from './icsText'
import { collect, makeRecord } from './testSupport/records'

function parseEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
}

function render(records: EventRecord[], calendarName?: string): string {
  return collect(renderIcs(records, { now: new Date('2025-01-01T00:00:00Z'), calendarName }))
}

describe('iCalendar export', () => {
  it('writes a calendar that ical.js reads back: uid, summary, location, all-day dates', () => {
    const text = render([makeRecord()], 'Water events')
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(text).toContain('CALSCALE:GREGORIAN\r\n')
    expect(text).toContain('X-WR-CALNAME:Water events\r\n')
    expect(text).toContain('DTSTART;VALUE=DATE:20151029\r\n')
    expect(text).toContain('DTEND;VALUE=DATE:20151031\r\n')
    expect(text).toContain('DTSTAMP:20240502T113015Z\r\n')
    const [event] = parseEvents(text)
    expect(event!.uid).toBe('6f1c2a3e-0b4d-4c5e-9f60-1a2b3c4d5e6f@curate')
    expect(event!.summary).toBe('International Meeting on Water')
    expect(event!.location).toBe('Neuchâtel (Switzerland)')
    expect(event!.description).toBe('Hosted by the university.')
    expect(event!.startDate.isDate).toBe(true)
    expect(event!.startDate.toString()).toBe('2015-10-29')
    expect(event!.endDate.toString()).toBe('2015-10-31')
    const categories = event!.component.getAllProperties('categories').flatMap((property) => property.getValues())
    expect(categories).toEqual(['water', 'meeting'])
  })

  it('uses CRLF line ends only and never exceeds 75 octets per line', () => {
    const title = 'Réunion régionale des archivistes à Neuchâtel — édition spéciale '.repeat(4).slice(0, 200)
    const text = render([makeRecord({ title, notes: '日本語のメモ'.repeat(30) + '🙂'.repeat(40) })])
    expect(text.endsWith('\r\n')).toBe(true)
    const lines = text.slice(0, -2).split('\r\n')
    expect(lines.every((line) => !/[\r\n]/.test(line))).toBe(true)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    // No line starts or ends inside a multi-byte sequence: each one is valid UTF-8 by itself.
    for (const line of lines) expect(Buffer.from(line, 'utf8').toString('utf8')).not.toContain('\uFFFD')
    const [event] = parseEvents(text)
    expect(title).toHaveLength(200)
    expect(event!.summary).toBe(title)
    expect(event!.description).toBe('日本語のメモ'.repeat(30) + '🙂'.repeat(40))
  })

  it('escapes backslash, semicolon, comma and newlines and reads them back', () => {
    const title = 'Budget; review, part 2 \\ draft\nsecond line\r\nthird'
    const record = makeRecord({ title, place: 'Paris, France; room 4', tags: ['a,b', 'c;d', 'e\\f'] })
    const text = render([record])
    expect(text).toContain('SUMMARY:Budget\\; review\\, part 2 \\\\ draft\\nsecond line\\nthird\r\n')
    const [event] = parseEvents(text)
    expect(event!.summary).toBe('Budget; review, part 2 \\ draft\nsecond line\nthird')
    expect(event!.location).toBe('Paris, France; room 4')
    const categories = event!.component.getFirstProperty('categories')!.getValues()
    expect(categories).toEqual(['a,b', 'c;d', 'e\\f'])
  })

  it('round-trips any text through escaping and folding (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const title = text.replace(/\r\n|\r/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
        const [event] = parseEvents(render([makeRecord({ title: text })]))
        expect(event!.summary).toBe(title)
      }),
      { numRuns: 200 }
    )
  })

  it('skips and counts records without a readable start date', () => {
    const records = [
      makeRecord({ id: 1, uid: 'u1' }),
      makeRecord({ id: 2, uid: 'u2', startDate: null, endDate: null }),
      makeRecord({ id: 3, uid: 'u3', startDate: 'sometime', endDate: null }),
      makeRecord({ id: 4, uid: 'u4', startDate: '2015-02-30', endDate: null })
    ]
    const chunks = renderIcs(records)
    let text = ''
    let step = chunks.next()
    for (; !step.done; step = chunks.next()) text += step.value
    expect(step.value).toEqual({ count: 1, skipped: 3 })
    expect(parseEvents(text).map((event) => event.uid)).toEqual(['u1@curate'])
  })

  it('turns partial dates into month- or year-long all-day spans', () => {
    const text = render([
      makeRecord({ uid: 'month', startDate: '2009-11', endDate: null }),
      makeRecord({ uid: 'year', startDate: '2012', endDate: '2012' }),
      makeRecord({ uid: 'feb', startDate: '2012-02', endDate: '2012-02' }),
      makeRecord({ uid: 'single', startDate: '2015-12-31', endDate: null })
    ])
    const spans = Object.fromEntries(
      parseEvents(text).map((event) => [event.uid, [event.startDate.toString(), event.endDate.toString()]])
    )
    expect(spans).toEqual({
      'month@curate': ['2009-11-01', '2009-12-01'],
      'year@curate': ['2012-01-01', '2013-01-01'],
      'feb@curate': ['2012-02-01', '2012-03-01'],
      'single@curate': ['2015-12-31', '2016-01-01']
    })
    expect(text).toContain('X-CURATE-DATE-PRECISION:month\r\n')
  })

  it('writes a valid calendar with no events', () => {
    const calendar = new ICAL.Component(ICAL.parse(render([])))
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0)
  })
})

describe('iCalendar building blocks', () => {
  it('folds at exactly 75 octets with a leading space on continuation lines', () => {
    const folded = foldLine('x'.repeat(200))
    expect(folded.split('\r\n').map((line) => line.length)).toEqual([75, 75, 52])
    expect(folded.split('\r\n').slice(1).every((line) => line.startsWith(' '))).toBe(true)
    expect(foldLine('short')).toBe('short')
  })

  it('never splits a multi-byte character when folding', () => {
    const folded = foldLine('é'.repeat(100))
    const lines = folded.split('\r\n')
    expect(lines.map((line) => Buffer.byteLength(line))).toEqual([74, 75, 53])
    expect(lines.join('').replace(/ /g, '')).toBe('é'.repeat(100))
  })

  it('escapes TEXT and drops control characters other than tab', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg\x07h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ngh\ti')
  })

  it('computes spans: end before start is ignored, DTEND is exclusive, old years work', () => {
    expect(allDaySpan('2015-10-29', '2015-10-01')).toEqual({ start: '20151029', endExclusive: '20151030', precision: 'day' })
    expect(allDaySpan('2016-02-28', '2016-02-29')).toEqual({ start: '20160228', endExclusive: '20160301', precision: 'day' })
    expect(allDaySpan('0850-06-01', null)).toEqual({ start: '08500601', endExclusive: '08500602', precision: 'day' })
    expect(allDaySpan('2015-10-29T09:00:00Z', null)?.start).toBe('20151029')
    expect(allDaySpan('2009-13', null)).toBeUndefined()
  })
})
