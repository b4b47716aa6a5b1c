import { afterEach, describe, expect, it } from 'vitest'
import { bulkSession, contentForUndo, SAMPLE_ROWS, type BulkTestSession } from './testing'
import type { BulkRule, BulkTarget } from '../../../shared/contracts/bulk'
import { shiftDate } from './rules/dates'
import { titleCase, tidySpaces } from './rules/text'

const sessions: BulkTestSession[] = []
afterEach(() => sessions.splice(0).forEach((s) => s.close()))

function setup(): { t: BulkTestSession; ids: number[]; all: BulkTarget } {
  const t = bulkSession()
  sessions.push(t)
  const ids = t.seed(SAMPLE_ROWS)
  return { t, ids, all: { kind: 'ids', ids } }
}

/** Previews, applies, checks the records, then undoes and redoes exactly. */
async function roundTrip(rule: BulkRule, expectChanged: number, check: (get: (i: number) => Promise<any>) => Promise<void>) {
  const { t, ids, all } = setup()
  const before = contentForUndo(t.db)
  const preview = await t.call('bulk:preview', { target: all, rule })
  expect(preview.changed).toBe(expectChanged)
  expect(contentForUndo(t.db)).toEqual(before)
  const applied = await t.call('bulk:apply', { target: all, rule })
  expect(applied.changed).toBe(expectChanged)
  expect(applied.operation).toMatchObject({ kind: 'bulk', recordCount: expectChanged })
  const get = (i: number) => t.call('records:get', { id: ids[i]! })
  await check(get)
  const after = contentForUndo(t.db)
  await t.call('history:undo', undefined)
  expect(contentForUndo(t.db)).toEqual(before)
  await t.call('history:redo', undefined)
  expect(contentForUndo(t.db)).toEqual(after)
  return { t, ids, preview, applied }
}

describe('bulk operations: apply, undo exactly, redo exactly', () => {
  it('sets a field', async () => {
    const { preview } = await roundTrip({ op: 'set', field: 'notes', value: 'checked' }, 5, async (get) => {
      expect((await get(0)).notes).toBe('checked')
    })
    expect(preview.sample[0]!.diffs).toEqual([{ field: 'notes', before: null, after: 'checked' }])
  })

  it('clears a field, and an empty title is invalid, listed and not applied', async () => {
    await roundTrip({ op: 'clear', field: 'notes' }, 1, async (get) => expect((await get(3)).notes).toBeNull())
    const { t, all } = setup()
    const preview = await t.call('bulk:preview', { target: all, rule: { op: 'clear', field: 'title' } })
    expect(preview).toMatchObject({ changed: 0, invalid: 5 })
    expect(preview.invalidSample[0]!.reason).toBe('the title would be empty')
    const refused = await t.raw('bulk:apply', { target: all, rule: { op: 'clear', field: 'title' } })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })

  it('replaces literal text, case-insensitively, in one field', async () => {
    const rule: BulkRule = { op: 'replace', field: 'city', find: 'montreal', replace: 'Montréal', mode: 'literal', caseSensitive: false, match: 'substring' }
    const { preview } = await roundTrip(rule, 2, async (get) => {
      expect((await get(0)).city).toBe('Montréal')
      expect((await get(1)).city).toBe('Montréal')
      expect((await get(0)).place).toBe('Montreal (Canada)')
    })
    expect(preview.description).toBe('Replaced “montreal” with “Montréal” in city (2 records)')
  })

  it('shows in the history of each record it touched', async () => {
    const { t, ids, all } = setup()
    const rule: BulkRule = { op: 'replace', field: 'city', find: 'montreal', replace: 'Montréal', mode: 'literal', caseSensitive: false, match: 'whole' }
    const { operation } = await t.call('bulk:apply', { target: all, rule })
    const own = await t.call('records:history', { id: ids[1]! })
    expect(own[0]).toMatchObject({ operation: { id: operation.id, kind: 'bulk' }, before: { city: 'montreal' }, after: { city: 'Montréal' } })
    expect((await t.call('records:history', { id: ids[2]! })).some((e) => e.operation.kind === 'bulk')).toBe(false)
  })

  it('replaces literally, keeping $ signs, and case-sensitively', async () => {
    await roundTrip({ op: 'replace', field: 'city', find: 'Montreal', replace: '$1 Montréal', mode: 'literal', caseSensitive: true, match: 'substring' }, 1, async (get) => {
      expect((await get(0)).city).toBe('$1 Montréal')
      expect((await get(1)).city).toBe('montreal')
    })
  })

  it('replaces with a regular expression and capture groups in all text fields', async () => {
    const rule: BulkRule = { op: 'replace', field: 'allText', find: '^(\\w+) \\((\\w+)\\)$', replace: '$1, $2', mode: 'regex', caseSensitive: true, match: 'substring' }
    await roundTrip(rule, 1, async (get) => expect((await get(0)).place).toBe('Montreal, Canada'))
  })

  it('replaces whole values only when asked', async () => {
    const rule: BulkRule = { op: 'replace', field: 'place', find: 'montreal', replace: 'Montréal (Canada)', mode: 'literal', caseSensitive: false, match: 'whole' }
    await roundTrip(rule, 1, async (get) => {
      expect((await get(1)).place).toBe('Montréal (Canada)')
      expect((await get(0)).place).toBe('Montreal (Canada)')
    })
    const regexWhole: BulkRule = { op: 'replace', field: 'country', find: 'S(chweiz|uisse)', replace: 'Switzerland', mode: 'regex', caseSensitive: true, match: 'whole' }
    await roundTrip(regexWhole, 2, async (get) => expect((await get(4)).country).toBe('Switzerland'))
  })

  it('tidies spaces, keeping line breaks in notes', async () => {
    await roundTrip({ op: 'transform', field: 'allText', transform: 'trim' }, 2, async (get) => {
      expect((await get(1)).title).toBe('Seminar on faith in cities [fr]')
      expect((await get(3)).notes).toBe('Keynote by the mayor')
    })
    expect(tidySpaces(' a  b \n\n\n\n  c ', true)).toBe('a b\n\nc')
  })

  it('changes case', async () => {
    await roundTrip({ op: 'transform', field: 'country', transform: 'titleCase' }, 1, async (get) => expect((await get(1)).country).toBe('Canada'))
    await roundTrip({ op: 'transform', field: 'city', transform: 'upperCase' }, 5 - 1, async (get) => expect((await get(2)).city).toBe('NEUCHÂTEL'))
    await roundTrip({ op: 'transform', field: 'title', transform: 'lowerCase' }, 5, async (get) => expect((await get(4)).title).toBe('summit'))
    expect(titleCase('la chaux-de-fonds AND the city of lights')).toBe('La Chaux-de-Fonds and the City of Lights')
  })

  it('strips a trailing marker', async () => {
    await roundTrip({ op: 'transform', field: 'title', transform: 'stripMarker' }, 1, async (get) => expect((await get(1)).title).toBe('Seminar on faith  in cities'))
    await roundTrip({ op: 'transform', field: 'title', transform: 'stripMarker', marker: '[FR]' }, 1, async (get) => expect((await get(1)).title).toBe('Seminar on faith  in cities'))
  })

  it('adds and removes tags, ignoring case, and undoes them exactly', async () => {
    await roundTrip({ op: 'addTags', tags: ['meeting', 'curated'] }, 5, async (get) => {
      expect((await get(2)).tags).toEqual(['curated', 'Meeting', 'network'])
      expect((await get(0)).tags).toEqual(['curated', 'Meeting', 'visit'])
    })
    await roundTrip({ op: 'removeTags', tags: ['MEETING', 'visit'] }, 2, async (get) => {
      expect((await get(2)).tags).toEqual(['network'])
      expect((await get(0)).tags).toEqual([])
    })
  })

  it('maps values to canonical ones, setting the code too, and reports unknown codes', async () => {
    const rule: BulkRule = {
      op: 'map',
      field: 'country',
      caseSensitive: false,
      entries: [
        { from: 'Schweiz', to: 'Switzerland', also: { countryCode: 'CH' } },
        { from: 'suisse', to: 'Switzerland', also: { countryCode: 'ch' } },
        { from: 'canada', to: 'Canada' }
      ]
    }
    await roundTrip(rule, 3, async (get) => {
      expect(await get(2)).toMatchObject({ country: 'Switzerland', countryCode: 'CH' })
      expect(await get(4)).toMatchObject({ country: 'Switzerland', countryCode: 'CH' })
      expect((await get(1)).country).toBe('Canada')
    })
    const { t, all } = setup()
    const bad = await t.call('bulk:preview', { target: all, rule: { op: 'map', field: 'country', caseSensitive: true, entries: [{ from: 'Portugal', to: 'Portugal', also: { countryCode: 'XX' } }] } })
    expect(bad).toMatchObject({ changed: 0, invalid: 1 })
    expect(bad.invalidSample[0]!.reason).toBe('“XX” is not a known ISO country code')
  })

  it('shifts dates by days, keeping partial dates partial', async () => {
    await roundTrip({ op: 'shiftDates', days: 3 }, 3, async (get) => {
      expect(await get(3)).toMatchObject({ startDate: '2016-01-02', endDate: '2016-01-05' })
      expect(await get(2)).toMatchObject({ startDate: '2009-11', endDate: '2009-11' })
    })
    await roundTrip({ op: 'shiftDates', days: 30 }, 4, async (get) => expect((await get(2)).startDate).toBe('2009-12'))
    expect(shiftDate('2016-02-28', 1)).toBe('2016-02-29')
    expect(shiftDate('2015-03-01', -1)).toBe('2015-02-28')
    expect(shiftDate('2009-11', 30)).toBe('2009-12')
    expect(shiftDate('2009', 400)).toBe('2010')
    expect(shiftDate('0050-01-01', -1)).toBe('0049-12-31')
  })

  it('sets the year, keeping ranges across New Year, and lists impossible dates', async () => {
    const { t, all, ids } = setup()
    const preview = await t.call('bulk:preview', { target: all, rule: { op: 'setYear', year: 2017 } })
    expect(preview).toMatchObject({ changed: 4, invalid: 1 })
    expect(preview.invalidSample[0]).toMatchObject({ id: ids[1], reason: 'the start date 2017-02-29 is not a real date' })
    await t.call('bulk:apply', { target: all, rule: { op: 'setYear', year: 2017 } })
    expect(await t.call('records:get', { id: ids[3]! })).toMatchObject({ startDate: '2017-12-30', endDate: '2018-01-02' })
    expect((await t.call('records:get', { id: ids[1]! })).startDate).toBe('2016-02-29')
  })

  it('lists an end before the start as invalid', async () => {
    const { t, all } = setup()
    const preview = await t.call('bulk:preview', { target: all, rule: { op: 'set', field: 'endDate', value: '2010-01-01' } })
    expect(preview.invalid).toBe(4)
    expect(preview.invalidSample.map((r) => r.reason)).toContain('the end date 2010-01-01 would be before the start date 2015-10-22')
  })

  it('moves records to the trash and back', async () => {
    await roundTrip({ op: 'trash' }, 5, async (get) => expect((await get(0)).status).toBe('trashed'))
  })
})
