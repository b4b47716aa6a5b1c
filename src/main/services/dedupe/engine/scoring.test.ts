import { describe, expect, it } from 'vitest'
import { scorePair, findDuplicatePairs } from './findDuplicatePairs'
import { describePair } from './groups'
import { DEFAULT_THRESHOLD } from './weights'
import { record } from './testRecords'

const original = record(1)
const pairs = (x = original, y = original) => scorePair(x, y)

describe('per-field evidence', () => {
  it('explains an exact repeat with every field agreeing, each with its weight', () => {
    const pair = pairs(original, record(2))
    expect(pair.a).toBe(1)
    expect(pair.b).toBe(2)
    expect(pair.score).toBeGreaterThan(0.99)
    expect(pair.evidence.title.level).toBe('exact')
    expect(pair.evidence.dates).toMatchObject({ level: 'same' })
    expect(pair.evidence.place.level).toBe('same place')
    expect(pair.evidence.dates.weight).toBeGreaterThan(0)
    expect(pair.reasons[0]).toMatch(/^almost certainly the same event \(99%\)$/)
    expect(pair.reasons.slice(1)).toEqual([
      `same dates (+${pair.evidence.dates.weight.toFixed(1)})`,
      `same title (+${pair.evidence.title.weight.toFixed(1)})`,
      `same place (+${pair.evidence.place.weight.toFixed(1)})`
    ])
  })

  it('keeps weights that add up to the match weight, and an unknown field at 0', () => {
    const pair = pairs(original, record(9, { title: 'Unlocking potential of refugees: intercultural approaches', city: null, place: null, country: null, countryCode: null }))
    const { title, dates, place, numbers, prior, matchWeight } = pair.evidence
    expect(prior + title.weight + dates.weight + place.weight + numbers.weight).toBeCloseTo(matchWeight, 0)
    expect(place).toEqual({ level: 'unknown', weight: 0 })
    expect(pair.score).toBeCloseTo(1 / (1 + 2 ** -matchWeight), 2)
  })

  it('describes conflicts in words', () => {
    const other = record(3, { startDate: '2016-03-01', endDate: '2016-03-01', place: 'Oslo (Norway)', city: 'Oslo', country: 'Norway', countryCode: 'NO' })
    const pair = pairs(original, other)
    expect(pair.evidence.dates.level).toBe('different')
    expect(pair.evidence.dates.detail).toMatch(/^\d+ days apart$/)
    expect(pair.evidence.dates.weight).toBeLessThan(0)
    expect(pair.evidence.place.weight).toBeLessThan(0)
    expect(describePair(pair)).toMatch(/^almost certainly different events \(\d+%\); different dates \(\d+ days apart\) \(−\d+\.\d\); same title \(\+\d+\.\d\); different countries \(−\d+\.\d\)$/)
  })

  it('tells same, overlapping, near, same-month and unknown dates apart', () => {
    expect(pairs(original, record(4, { endDate: '2015-10-29' })).evidence.dates.level).toBe('overlapping')
    const near = pairs(original, record(5, { startDate: '2015-11-01', endDate: '2015-11-01' }))
    expect(near.evidence.dates).toMatchObject({ level: 'start 1-3 days apart', detail: '3 days apart' })
    expect(pairs(original, record(7, { startDate: '2015-11-10', endDate: '2015-11-10' })).evidence.dates.level).toBe('same month')
    expect(pairs(original, record(6, { startDate: null, endDate: null })).evidence.dates).toEqual({ level: 'unknown', weight: 0 })
  })

  it('compares a date written without a year by day and month, or in the year its title names', () => {
    const yearless = record(8, { startDate: null, endDate: null, dateText: '29-30 October' })
    expect(pairs(original, yearless).evidence.dates).toMatchObject({ level: 'same', detail: 'day and month only' })
    expect(pairs(original, { ...yearless, title: `${original.title} 2014` }).evidence.dates.level).toBe('different')
    expect(pairs(original, { ...yearless, title: `${original.title} 2015` }).evidence.dates).toEqual(expect.objectContaining({ level: 'same' }))
  })

  it('reads a date in the year its title names when the two are a year apart (the source slipped on one)', () => {
    const a = record(1, { title: 'Barcelona Open BancSabadell', startDate: '2011-04-18', endDate: '2011-04-18', place: 'Barcelona', city: 'Barcelona' })
    const slipped = record(2, { title: '2011 Barcelona Open Banco Sabadell', startDate: '2010-04-16', endDate: '2010-04-24', place: 'Barcelona', city: 'Barcelona' })
    expect(pairs(a, slipped).evidence.dates).toMatchObject({ level: 'overlapping', detail: 'year taken from the title' })
    expect(describePair(pairs(a, slipped))).toContain('overlapping dates, year from the title')
    // A title naming its own year, or a year further off, is not a slip: the dates stand.
    expect(pairs(a, { ...slipped, title: '2010 Barcelona Open Banco Sabadell' }).evidence.dates.level).toBe('different')
    expect(pairs(a, { ...slipped, title: '2012 Barcelona Open Banco Sabadell' }).evidence.dates.level).toBe('different')
    // A range across New Year whose end is in the title's year is no conflict.
    const winter = record(3, { title: 'Winter school 2012', startDate: '2011-12-28', endDate: '2012-01-03' })
    expect(pairs(winter, { ...winter, id: 4, startDate: '2012-12-28', endDate: '2013-01-03' }).evidence.dates.level).toBe('different')
  })

  it('compares a day given without its month (sábado, dia 5) by that day in the other record\'s month', () => {
    const reference = record(1, { title: 'Brasil Open', startDate: '2011-02-07', endDate: '2011-02-07' })
    const dayOnly = record(2, { title: 'Brasil Open - Bahia 2011', startDate: null, endDate: null, dateText: 'sábado, dia 5' })
    expect(pairs(reference, dayOnly).evidence.dates).toMatchObject({ level: 'day of the month fits (no month given)', detail: '2 days apart' })
    expect(describePair(pairs(reference, dayOnly))).toContain("the day given alone fits the other's dates (2 days apart)")
    // The nearest month counts: the 30th fits a start on the 1st of the next month.
    expect(pairs(reference, { ...dayOnly, dateText: 'le 5' }).evidence.dates.level).toBe('day of the month fits (no month given)')
    expect(pairs({ ...reference, startDate: '2011-03-01', endDate: '2011-03-01' }, { ...dayOnly, dateText: 'am 27.' }).evidence.dates.level).toBe('day of the month fits (no month given)')
    // A day that fits nothing says nothing; a month written out is a date, not a day alone.
    expect(pairs(reference, { ...dayOnly, dateText: 'dia 20' }).evidence.dates).toEqual({ level: 'unknown', weight: 0 })
    expect(pairs(reference, { ...dayOnly, dateText: 'sábado, dia 5 de Março' }).evidence.dates.level).not.toBe('day of the month fits (no month given)')
  })

  it('reads titles in another script through transliteration', () => {
    const a = record(1, { title: 'Kremlin Cup', place: 'Moscow', city: 'Moscow' })
    const b = record(2, { title: 'Кубок Кремля Kremlin', place: 'Москва', city: 'Москва' })
    const pair = pairs(a, b)
    expect(pair.evidence.title.detail).toContain('shared: kremlin')
    expect(pair.evidence.place.level).not.toBe('different')
  })

  it('tells edition numbers apart', () => {
    const a = record(1, { title: '3rd Forum on Intercultural Cities' })
    expect(pairs(a, record(2, { title: '3rd forum on intercultural cities' })).evidence.numbers.level).toBe('same')
    expect(pairs(a, record(2, { title: '4th Forum on Intercultural Cities' })).evidence.numbers.level).toBe('different')
    expect(pairs(a, record(2, { title: 'Forum on Intercultural Cities' })).evidence.numbers.level).toBe('unknown')
  })
})

describe('required pairings', () => {
  const variants: [string, Partial<Parameters<typeof record>[1]>][] = [
    ['word order and small words', { title: 'Intercultural approaches to integration: unlocking the potential of asylum seekers and refugees' }],
    ['small words dropped', { title: 'Unlocking potential of refugees, asylum seekers - intercultural approaches to integration' }],
    ['re-punctuated and upper case', { title: 'UNLOCKING THE POTENTIAL OF REFUGEES AND ASYLUM-SEEKERS – INTERCULTURAL APPROACHES TO INTEGRATION.' }],
    ['without diacritics', { place: 'Neuchatel (Switzerland)', city: 'Neuchatel' }],
    ['place as City, Country', { place: 'Neuchâtel, Switzerland', city: null, country: null, countryCode: null }],
    ['place in another language', { place: 'Neuchâtel (Suisse)', city: null, country: null, countryCode: null }],
    ['bare city', { place: 'Neuchatel', city: 'Neuchatel', country: null, countryCode: null }],
    ['no place at all', { place: null, city: null, country: null, countryCode: null }],
    ['a typo in the title', { title: 'Unlocking the potental of refugees and asylum seekers: intercultural approaches to integration' }],
    ['two typos', { title: 'Unlcoking the potential of refugees and asylum seekers: intercultural aproaches to integration' }]
  ]
  for (const [name, change] of variants) {
    it(`pairs the same event with ${name}`, () => {
      const pair = pairs(original, record(2, change))
      expect(pair.score, describePair(pair)).toBeGreaterThanOrEqual(DEFAULT_THRESHOLD)
    })
  }

  it('pairs exonym and endonym places', () => {
    const a = record(1, { title: 'Forum on Intercultural Cities', startDate: '2011-01-27', endDate: '2011-01-28', place: 'Torino (Italy)', city: 'Torino', country: 'Italy', countryCode: 'IT' })
    const b = record(2, { ...a, id: 2, place: 'Turin, Italy', city: 'Turin' })
    expect(scorePair(a, b).evidence.place.level).toBe('same place')
    expect(findDuplicatePairs([a, b])).toHaveLength(1)
  })
})

describe('required non-pairings', () => {
  it('keeps apart events sharing a title but not their dates and places', () => {
    const visits = [
      record(1, { title: '1st ICC expert visit', startDate: '2014-04-02', endDate: '2014-04-03', place: 'Limerick (Ireland)', city: 'Limerick', country: 'Ireland', countryCode: 'IE' }),
      record(2, { title: '1st ICC expert visit', startDate: '2014-02-27', endDate: '2014-02-28', place: 'Strasbourg (France)', city: 'Strasbourg', country: 'France', countryCode: 'FR' }),
      record(3, { title: '1st ICC expert visit', startDate: '2014-02-19', endDate: '2014-02-20', place: 'Bergen (Norway)', city: 'Bergen', country: 'Norway', countryCode: 'NO' })
    ]
    expect(findDuplicatePairs(visits, { threshold: 0.5 })).toEqual([])
  })

  it('counts another country strongly against a repeated title on the same dates', () => {
    const elsewhere = scorePair(original, record(2, { place: 'Oslo (Norway)', city: 'Oslo', country: 'Norway', countryCode: 'NO' }))
    expect(elsewhere.evidence.place).toMatchObject({ level: 'different country' })
    expect(elsewhere.evidence.place.weight).toBeLessThan(-elsewhere.evidence.dates.weight)
    expect(elsewhere.score).toBeLessThan(scorePair(original, record(3)).score)
  })

  it('ranks different events in the same city on the same days below a reworded repeat', () => {
    // Alone, same days and place outweigh one shared word (a translated title shares none);
    // within a collection, how common such coincidences are is what the estimate learns.
    const other = scorePair(original, record(2, { title: 'Presentation of the White Paper on Intercultural Dialogue' }))
    const reworded = scorePair(original, record(3, { title: 'Intercultural approaches to integration: unlocking the potential of asylum seekers and refugees' }))
    expect(other.score).toBeLessThan(reworded.score)
    expect(other.evidence.title.weight).toBeLessThan(reworded.evidence.title.weight)
  })
})

describe('options', () => {
  it('skips dismissed pairs and honours the threshold', () => {
    const records = [original, record(2), record(3, { title: 'Something else entirely', startDate: '2016-05-02', endDate: '2016-05-02' })]
    expect(findDuplicatePairs(records)).toHaveLength(1)
    expect(findDuplicatePairs(records, { isDismissed: (a, b) => a === 1 && b === 2 })).toHaveLength(0)
    expect(findDuplicatePairs(records, { threshold: 1.01 })).toHaveLength(0)
  })
})
