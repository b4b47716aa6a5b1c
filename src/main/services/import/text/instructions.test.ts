import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { ReadingInstructionsSchema, describeInstruction, lineShape, matchForLine, type ReadingInstruction } from '../../../../shared/readingInstructions'

const read = (text: string, instructions: ReadingInstruction[] = []) =>
  parseListingText(text, { instructions }).records.map((r) => ({ title: r.title, start: r.startDate, place: r.place, notes: r.notes }))

describe('reading instructions on synthetic pages', () => {
  const timed = ['Concerts', '', 'Opening night', '3 May 2021', '19:30', 'Town Hall', '', 'Closing night', '8 June 2021', '20:00', 'Town Hall'].join('\n')

  it('ignores lines of a shape, and the page is read again without them', () => {
    expect(read(timed).map((r) => r.place)).not.toEqual(['Town Hall', 'Town Hall'])
    const taught = read(timed, [{ kind: 'lineRole', lines: { by: 'shape', shape: lineShape('19:30') }, role: 'ignore' }])
    expect(taught).toEqual([
      { title: 'Opening night', start: '2021-05-03', place: 'Town Hall', notes: null },
      { title: 'Closing night', start: '2021-06-08', place: 'Town Hall', notes: null }
    ])
    const skipped = parseListingText(timed, { instructions: [{ kind: 'lineRole', lines: { by: 'shape', shape: '9:9' }, role: 'ignore' }] }).skipped
    expect(skipped.filter((s) => s.reason === 'ignored, as instructed').map((s) => s.line)).toEqual([5, 10])
  })

  it('gives labelled lines a role in the event they stand in', () => {
    const page = ['Spring lecture', '3 May 2019', 'Kursaal Hall', 'Speaker: Ann Lee', '', 'Autumn talk', '12 October 2019', 'Kursaal Hall', 'Speaker: Bo Chen'].join('\n')
    expect(read(page)[0]!.notes).toBeNull()
    const taught = read(page, [{ kind: 'lineRole', lines: { by: 'label', label: 'speaker' }, role: 'description' }])
    expect(taught.map((r) => [r.title, r.place, r.notes])).toEqual([
      ['Spring lecture', 'Kursaal Hall', 'Speaker: Ann Lee'],
      ['Autumn talk', 'Kursaal Hall', 'Speaker: Bo Chen']
    ])
  })

  it('takes a line taught to be a heading out of the events, so it is no longer a title', () => {
    const page = ['Spring lecture on rivers', '3 May 2019', 'Kursaal Hall', '', 'LECTURES', 'Autumn talk on bridges', '12 October 2019', 'Kursaal Hall'].join('\n')
    expect(read(page)[1]!.title).toBe('LECTURES')
    expect(read(page, [{ kind: 'lineRole', lines: { by: 'text', text: 'lectures' }, role: 'heading' }])[1]!.title).toBe('Autumn talk on bridges')
  })

  it('gives the year of a taught heading to the day-and-month dates under it', () => {
    const heading = 'Programme for the season, 2021 edition of our series'
    const page = ['Our concerts', '', 'Opening night', '3 May', 'Town Hall', '', heading, 'Closing night', '8 June', 'Town Hall'].join('\n')
    expect(read(page).map((r) => r.start)).toEqual([null, null])
    const taught = read(page, [{ kind: 'headingSetsYear', lines: { by: 'text', text: heading } }])
    expect(taught.map((r) => [r.title, r.start])).toEqual([
      ['Opening night', null],
      ['Closing night', '2021-06-08']
    ])
  })

  it('reads the line after each date as the place', () => {
    const page = ['Spring fair', '3 May 2019', 'The old mill', 'Talks from Paris, France and Lyon', '', 'Autumn fair', '4 October 2019', 'The hilltop barn', 'Talks from Bern, Switzerland'].join('\n')
    expect(read(page)[0]!.place).toBeNull()
    expect(read(page, [{ kind: 'placeAfterDate' }]).map((r) => [r.title, r.place, r.notes])).toEqual([
      ['Spring fair', 'The old mill', 'Talks from Paris, France and Lyon'],
      ['Autumn fair', 'The hilltop barn', 'Talks from Bern, Switzerland']
    ])
  })

  it('picks the title column of a table; the old title is kept in the notes', () => {
    const table = ['12 May 2019\tRiver talk\tBern, Switzerland\tA long description of the river talk that goes on', '14 May 2019\tBridge talk\tLyon, France\tAnother long description of the bridge talk'].join('\n')
    expect(read(table)[0]!.title).toMatch(/^A long description/)
    const taught = read(table, [{ kind: 'columnRole', column: 1, role: 'title' }])
    expect(taught.map((r) => [r.title, r.place])).toEqual([
      ['River talk', 'Bern, Switzerland'],
      ['Bridge talk', 'Lyon, France']
    ])
    expect(taught[0]!.notes).toContain('A long description of the river talk')
  })

  it('gives a field of one-line events its role, counted from the right', () => {
    const page = ['3 May 2019 | Spring fair | Main Stage | Paris, France', '4 May 2019 | Autumn fair | Side Stage | Lyon, France'].join('\n')
    const taught = read(page, [{ kind: 'columnRole', column: -2, role: 'place' }])
    expect(taught.map((r) => [r.title, r.place])).toEqual([
      ['Spring fair', 'Main Stage'],
      ['Autumn fair', 'Side Stage']
    ])
    expect(read(page).map((r) => r.place)).toEqual(['Paris, France', 'Lyon, France'])
  })

  it('cuts titles where they end, keeping the rest in the notes', () => {
    const page = ['3 May 2019 – Opening of the river walk (with music) – Bern, Switzerland', '4 May 2019 – Bridge day (free entry) – Lyon, France'].join('\n')
    expect(read(page)[0]!.title).toBe('Opening of the river walk (with music)')
    const taught = read(page, [{ kind: 'titleEnds', before: 'bracket' }])
    expect(taught.map((r) => [r.title, r.notes])).toEqual([
      ['Opening of the river walk', '(with music)'],
      ['Bridge day', '(free entry)']
    ])
  })

  it("takes a taught place that stands apart from the events as the page's place: its country holds for events that name none", () => {
    const page = ['Venue: Teatro Real, Madrid, Spain', '', 'Our season', '', 'Opening night', '3 May 2019', 'Main stage', '', 'Closing night', '4 June 2019', 'Small stage'].join('\n')
    expect(read(page).map((r) => r.place)).toEqual(['Main stage', 'Small stage'])
    const records = parseListingText(page, { instructions: [{ kind: 'lineRole', lines: { by: 'label', label: 'Venue' }, role: 'place' }] }).records
    expect(records.map((r) => [r.title, r.place, r.countryCode])).toEqual([
      ['Opening night', 'Main stage', 'ES'],
      ['Closing night', 'Small stage', 'ES']
    ])
    expect(records[0]!.warnings).toContain("country taken from the page's place 'Venue: Teatro Real, Madrid, Spain'")
  })

  it('reads the same page the same way without instructions', () => {
    expect(parseListingText(timed, { instructions: [] })).toEqual(parseListingText(timed))
  })
})

describe('the instruction model', () => {
  it('refuses an unknown role, an empty label and a column out of range', () => {
    expect(ReadingInstructionsSchema.safeParse([{ kind: 'lineRole', lines: { by: 'label', label: 'Date' }, role: 'date' }]).success).toBe(true)
    expect(ReadingInstructionsSchema.safeParse([{ kind: 'lineRole', lines: { by: 'label', label: 'Date' }, role: 'speaker' }]).success).toBe(false)
    expect(ReadingInstructionsSchema.safeParse([{ kind: 'lineRole', lines: { by: 'label', label: ' ' }, role: 'title' }]).success).toBe(false)
    expect(ReadingInstructionsSchema.safeParse([{ kind: 'columnRole', column: 99, role: 'title' }]).success).toBe(false)
    expect(ReadingInstructionsSchema.safeParse([{ kind: 'placeAfterDate', extra: 1 }]).success).toBe(false)
  })

  it('names lines by label, else by text, and describes each instruction in words', () => {
    expect(matchForLine('Start: 21/10/2024')).toEqual({ by: 'label', label: 'Start' })
    expect(matchForLine('  Event Venue ')).toEqual({ by: 'text', text: 'Event Venue' })
    expect(lineShape('19:30h.')).toBe('9:9a.')
    expect(describeInstruction({ kind: 'columnRole', column: -1, role: 'place' })).toBe('the last column: read as the place')
    expect(describeInstruction({ kind: 'lineRole', lines: { by: 'label', label: 'GPS' }, role: 'ignore' })).toBe("lines labelled 'GPS:': ignored")
  })
})
