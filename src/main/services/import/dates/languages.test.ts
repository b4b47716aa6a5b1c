import { describe, expect, it } from 'vitest'
import { nameTable, monthOf } from './monthNames'
import { supportedLanguages } from './locales'
import { guessPageLanguages } from './pageHints'
import { readOne } from './testing'
import { findDatesInLine } from './find'

describe('month and weekday names from Intl', () => {
  it('covers every language the platform has, not a fixed seven', () => {
    // Node ships full ICU: well over a hundred languages have date names.
    expect(supportedLanguages().length).toBeGreaterThan(100)
    expect(nameTable().size).toBeGreaterThan(2000)
  })

  it.each([
    ['października', 10], ['lutego', 2], ['marca', 3], ['stycznia', 1], ['listopada', 11], // Polish genitive
    ['října', 10], ['února', 2], // Czech genitive
    ['июня', 6], ['сентября', 9], ['октября', 10], // Russian genitive
    ['Οκτωβρίου', 10], ['Μαΐου', 5], // Greek
    ['septembrie', 9], ['toukokuuta', 5], ['augusztus', 8], ['Ağustos', 8], ['juuni', 6]
  ])('%s is month %i', (word, month) => {
    expect(monthOf(word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase())).toBe(month)
  })

  it('reads dates in languages the old seven-language table did not know', () => {
    expect(readOne('Spotkanie 10 listopada 2019, Kraków')).toEqual(['2019-11-10', '2019-11-10'])
    expect(readOne('28-31 października 2008')).toEqual(['2008-10-28', '2008-10-31'])
    expect(readOne('12. října 2019')).toEqual(['2019-10-12', '2019-10-12'])
    expect(readOne('20 октября 2011')).toEqual(['2011-10-20', '2011-10-20'])
    expect(readOne('14 Οκτωβρίου 2019')).toEqual(['2019-10-14', '2019-10-14'])
    expect(readOne('17 septembrie 2011')).toEqual(['2011-09-17', '2011-09-17'])
  })

  it('settles a word that is a different month in different languages by the page language', () => {
    // Polish and Czech 'listopad' is November, Croatian October: the majority reading by default.
    expect(readOne('listopad 2019')).toEqual(['2019-11', '2019-11'])
    expect(readOne('listopad 2019', { languages: ['hr'] })).toEqual(['2019-10', '2019-10'])
    expect(readOne('listopad 2019', { languages: ['cs', 'hr'] })).toEqual(['2019-11', '2019-11'])
  })

  it("reads 'mar.' as mardi on a French page, as March elsewhere", () => {
    expect(findDatesInLine('mar. 12 mars 2019', { languages: ['fr'] })).toMatchObject([{ index: 0, weekday: 2, start: { day: 12, month: 3 } }])
    expect(readOne('Mar 12, 2019', { languages: ['en'] })).toEqual(['2019-03-12', '2019-03-12'])
  })

  it('reads short words of minor languages only when the page is in one of them', () => {
    // Welsh 'Hyd' (October) is too short to trust on a page of unknown language.
    expect(readOne('1 Hyd 2019')).toMatch(/^0 dates/)
    expect(readOne('1 Hyd 2019', { languages: ['cy'] })).toEqual(['2019-10-01', '2019-10-01'])
  })

  it('does not take an acronym for a short month of a less used language beside a year', () => {
    // 'Agu' is August in Indonesian; AGU is the American Geophysical Union.
    expect(readOne('AGU 2019 Fall Meeting')).toMatch(/^0 dates/)
    expect(readOne('9 Agu 2019')).toEqual(['2019-08-09', '2019-08-09'])
  })
})

describe('guessPageLanguages', () => {
  it('names the language of the month and weekday words a page uses', () => {
    expect(guessPageLanguages(['10-13 stycznia, Tokio, Japonia', '3-8 lutego, Seattle', '24 lutego – 1 marca'])[0]).toBe('pl')
    expect(guessPageLanguages(['Jeudi 12 janvier', '> 18h. « George Sand »', 'Lundi 16 janvier'])[0]).toBe('fr')
    expect(guessPageLanguages(['Lunedì 13 maggio alle ore 15', 'Martedì 14 maggio'])[0]).toBe('it')
    expect(guessPageLanguages(['dinsdag 14 september 1999'])[0]).toBe('nl')
  })

  it('names Korean, Japanese and Chinese by their script', () => {
    expect(guessPageLanguages(['## 2020년 10월 행사', '  - 일시: 10. 08 (목) 19:00'])[0]).toBe('ko')
    expect(guessPageLanguages(['29日(月曜日)', '午前10時30分、市内での茶会'])[0]).toBe('ja')
    expect(guessPageLanguages(['中国天文学会2019年学术年会'])[0]).toBe('zh')
  })

  it('lets a Croatian page read listopad as October through findDatesInLine', () => {
    const page = ['Program za listopad', '3. listopada 2019. Zagreb', 'srijeda, 9. listopada 2019.', 'petak 11. listopada']
    const languages = guessPageLanguages(page)
    expect(languages[0]).toBe('hr')
    expect(readOne('listopad 2019', { languages })).toEqual(['2019-10', '2019-10'])
  })
})
