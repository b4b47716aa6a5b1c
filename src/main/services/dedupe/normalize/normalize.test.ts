import { describe, expect, it } from 'vitest'
import { foldText, foldWords } from './fold'
import { titleTokens } from './titleTokens'
import { titleWords } from './titleWords'
import { canonicalCity } from './placeAliases'
import { countryCodeOf } from './countries'
import { normalisePlace, splitPlace } from './place'
import { eventDayRange, isoDayRange, DatePrecision } from './dates'

describe('folding', () => {
  it('drops diacritics, case and punctuation', () => {
    expect(foldText('Neuchâtel')).toBe('neuchatel')
    expect(foldText('  Quel monde désirons-nous donc... ')).toBe('quel monde desirons nous donc')
    expect(foldText('Straße – Łódź, Ærø')).toBe('strasse lodz aero')
    expect(foldWords('Round Table «Intercultural Policies»')).toEqual(['round', 'table', 'intercultural', 'policies'])
  })
})

describe('title tokens', () => {
  it('drops stop words of our seven languages and keeps each word once', () => {
    expect(titleTokens('Meeting of the Intercultural Cities coordinators')).toEqual(['meeting', 'intercultural', 'cities', 'coordinators'])
    expect(titleTokens('Séminaire sur la médiation dans les villes')).toEqual(['seminaire', 'mediation', 'villes'])
    expect(titleTokens('Treffen der Koordinatoren und der Experten')).toEqual(['treffen', 'koordinatoren', 'experten'])
    expect(titleTokens('Visita de estudio a la ciudad')).toEqual(['visita', 'estudio', 'ciudad'])
    expect(titleTokens('Bijeenkomst van de coördinatoren')).toEqual(['bijeenkomst', 'coordinatoren'])
  })
  it('reads an English possessive as the word its apostrophe-less spelling gives, and keeps elisions apart', () => {
    expect(titleWords("Farmer's Classic").tokens).toEqual(titleWords('Farmers Classic').tokens)
    expect(titleWords('US Men’s Clay Court Championship').tokens).toEqual(['us', 'mens', 'clay', 'court', 'championship'])
    expect(titleWords("Internazionali BNL d'Italia").tokens).toContain('italia')
  })

  it('keeps stop words when nothing else is left', () => {
    expect(titleTokens('The The')).toEqual(['the'])
  })
})

describe('places', () => {
  it('maps exonyms and endonyms to one key', () => {
    const same = [
      ['Montreal', 'Montréal'], ['Torino', 'Turin'], ['Kyiv', 'Kiev'], ['Sevilla', 'Seville'], ['Neuchatel', 'Neuchâtel'],
      ['Köln', 'Cologne'], ['München', 'Munich'], ['Lisboa', 'Lisbon'], ['Bruxelles', 'Brussels'], ['Firenze', 'Florence'],
      ['Wien', 'Vienna'], ['Praha', 'Prague'], ['Warszawa', 'Warsaw'], ['Genève', 'Geneva']
    ]
    for (const [a, b] of same) expect(canonicalCity(a), `${a} / ${b}`).toBe(canonicalCity(b))
    expect(canonicalCity('Oslo')).not.toBe(canonicalCity('Bergen'))
  })
  it('compares countries by ISO code, in several languages', () => {
    expect(countryCodeOf('Switzerland')).toBe('CH')
    expect(countryCodeOf('Suisse')).toBe('CH')
    expect(countryCodeOf('the Netherlands')).toBe('NL')
    expect(countryCodeOf('Korea')).toBe('KR')
    expect(countryCodeOf('Deutschland')).toBe('DE')
    expect(countryCodeOf('Atlantis')).toBeNull()
  })
  it('reads City (Country) and City, Country', () => {
    expect(splitPlace('Neuchâtel (Switzerland)')).toEqual({ city: 'Neuchâtel', countryCode: 'CH' })
    expect(splitPlace('Paris, France')).toEqual({ city: 'Paris', countryCode: 'FR' })
    expect(splitPlace('Lewisham (borough of London, United Kingdom)')).toEqual({ city: 'Lewisham', countryCode: 'GB' })
    expect(splitPlace('Dublin and Belfast')).toEqual({ city: 'Dublin and Belfast', countryCode: null })
    const fromFields = normalisePlace({ place: 'Köln (Deutschland)', city: null, country: null, countryCode: null })
    const fromOther = normalisePlace({ place: null, city: 'Cologne', country: 'Germany', countryCode: 'de' })
    expect(fromFields).toEqual(fromOther)
    expect(normalisePlace({ place: 'Online', city: null, country: null, countryCode: null }).cityKey).toBe('online')
  })
})

describe('dates', () => {
  it('turns full and partial ISO dates into day ranges', () => {
    const day = isoDayRange('2015-10-29')!
    expect(day.first).toBe(day.last)
    expect(day.precision).toBe(DatePrecision.Day)
    const month = isoDayRange('2009-11')!
    expect(month.last - month.first).toBe(29)
    expect(isoDayRange('2008')!.last - isoDayRange('2008')!.first).toBe(365)
    expect(isoDayRange('not a date')).toBeNull()
    const range = eventDayRange('2010-08-30', '2010-09-01')!
    expect(range.last - range.first).toBe(2)
    expect(eventDayRange('2010-08-30', null)).toEqual(isoDayRange('2010-08-30'))
  })
})
