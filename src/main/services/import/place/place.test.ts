import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { countryName, flagCountry, resolveCountry, splitPlace } from './index'

describe('resolveCountry', () => {
  it.each([
    ['the Netherlands', 'NL', 'Netherlands'],
    ['Korea', 'KR', 'Korea'],
    ['UK', 'GB', 'United Kingdom'],
    ['Deutschland', 'DE', 'Germany'],
    ['España', 'ES', 'Spain'],
    ['Suisse', 'CH', 'Switzerland'],
    ['Italia', 'IT', 'Italy'],
    ['USA', 'US', 'United States'],
    ['Russia', 'RU', 'Russia'],
    ['Pays-Bas', 'NL', 'Netherlands'],
    ['Nederland', 'NL', 'Netherlands'],
    ['GBR', 'GB', 'United Kingdom']
  ])('%s', (name, code, english) => {
    expect(resolveCountry(name)).toEqual({ code, name: english })
  })

  it('reads country names in every language Intl knows, and endonyms', () => {
    const cases: [string, string][] = [
      ['Polska', 'PL'], ['Россия', 'RU'], ['日本', 'JP'], ['中国', 'CN'], ['대한민국', 'KR'], ['Ελλάδα', 'GR'],
      ['Magyarország', 'HU'], ['Suomi', 'FI'], ['ישראל', 'IL'], ['مصر', 'EG'], ['भारत', 'IN'], ['Việt Nam', 'VN'],
      ['Niemcy', 'DE'], ['Wielka Brytania', 'GB'], ['Holandia', 'NL'], ['Royaume-Uni', 'GB'], ['Etats-Unis', 'US'],
      ['Corée du Nord', 'KP'], ['RD Congo', 'CD'], ['Saint-Siège', 'VA'], ['Brésil', 'BR'], ['Türkiye', 'TR'],
      ['Russian Federation', 'RU'], ['Czech Republic', 'CZ']
    ]
    for (const [name, code] of cases) expect(resolveCountry(name)?.code, name).toBe(code)
  })

  it('reads flag emoji', () => {
    expect(flagCountry('🇨🇳')).toBe('CN')
    expect(resolveCountry('🇯🇵')).toEqual({ code: 'JP', name: 'Japan' })
    expect(flagCountry('Sydney 🇦🇺')).toBe('AU')
    expect(flagCountry('no flag')).toBeNull()
  })

  it('shows English names as records write them', () => {
    expect(countryName('KR')).toBe('Korea')
    expect(countryName('TR')).toBe('Turkey')
    expect(countryName('BA')).toBe('Bosnia and Herzegovina')
    expect(countryName('LC')).toBe('Saint Lucia')
    expect(countryName('DE')).toBe('Germany')
    expect(countryName('ZZ')).toBeUndefined()
  })

  it('does not guess', () => {
    expect(resolveCountry('Oslo')).toBeNull()
    expect(resolveCountry('Congo')).toBeNull()
    expect(resolveCountry('in')).toBeNull()
    expect(resolveCountry('Man')).toBeNull() // a short name in some language, a word in English
    expect(resolveCountry('Północna Karolina')).toBeNull() // a US state
  })
})

describe('splitPlace', () => {
  it.each([
    ['Neuchâtel (Switzerland)', 'Neuchâtel', 'Switzerland', 'CH'],
    ['Tilburg, the Netherlands', 'Tilburg', 'Netherlands', 'NL'],
    ['Lewisham (borough of London, United Kingdom)', 'Lewisham', 'United Kingdom', 'GB'],
    ["Palais de l'Europe, Strasbourg, France", 'Strasbourg', 'France', 'FR'],
    ['Germany', null, 'Germany', 'DE'],
    ['Dublin and Belfast (Ireland and Northern Ireland)', 'Dublin and Belfast', null, null],
    ['Lisbon / Porto (Portugal)', 'Lisbon / Porto', 'Portugal', 'PT']
  ])('%s', (text, city, country, countryCode) => {
    expect(splitPlace(text)).toMatchObject({ city, country, countryCode, online: false })
  })

  it('reads online events as no town', () => {
    for (const text of ['Online', 'Virtual', 'Webinar', 'Zoom', 'Virtual (Zoom)']) {
      expect(splitPlace(text)).toEqual({ city: null, country: null, countryCode: null, online: true })
    }
    expect(splitPlace('Hybrid: Brussels (Belgium) and online')).toMatchObject({ city: 'Brussels', countryCode: 'BE', online: true })
  })

  it('infers the country of a bare town from the gazetteer, and says so', () => {
    const cases: [string, string, string][] = [
      ['Bari', 'Bari', 'IT'],
      ['Montreal', 'Montreal', 'CA'],
      ['LIVERPOOL', 'LIVERPOOL', 'GB'],
      ['Venezia', 'Venezia', 'IT'],
      ['東京', '東京', 'JP'],
      ['Strasbourg', 'Strasbourg', 'FR'],
      ['Frankfurt (Oder)', 'Frankfurt (Oder)', 'DE'],
      ['Kassel, Rainer-Dierichs-Platz', 'Kassel', 'DE'],
      ['Toulon, salle Mozart, 166 boulevard Général Leclerc', 'Toulon', 'FR'],
      ['Dessau-Roßlau, Marktplatz', 'Dessau-Roßlau', 'DE']
    ]
    for (const [text, city, countryCode] of cases) {
      expect(splitPlace(text), text).toMatchObject({ city, countryCode, countryInferred: true, online: false })
    }
    expect(splitPlace('Venice').placeId).toBe(splitPlace('Venezia').placeId)
  })

  it('keeps a stated country, also after a town the gazetteer places elsewhere', () => {
    expect(splitPlace('Moscow, Russia')).toEqual({ city: 'Moscow', country: 'Russia', countryCode: 'RU', online: false, placeId: 524901 })
    expect(splitPlace('Paris, Texas, USA')).toMatchObject({ city: 'Paris', countryCode: 'US' })
    expect(splitPlace('Paris, Texas, USA').countryInferred).toBeUndefined()
    expect(splitPlace('Valencia (Venezuela)')).toMatchObject({ city: 'Valencia', countryCode: 'VE' })
  })

  it('reads US states and Canadian provinces, even where the code is also a country', () => {
    const cases: [string, string | null, string][] = [
      ['Minneapolis, MN', 'Minneapolis', 'US'], // MN is also Mongolia
      ['Boston, MA', 'Boston', 'US'], // and Morocco
      ['San Jose, CA', 'San Jose', 'US'], // and Canada
      ['New Orleans, LA', 'New Orleans', 'US'],
      ['Binghamton, NY', 'Binghamton', 'US'],
      ['Atlanta, Georgia', 'Atlanta', 'US'],
      ['Toronto, ON', 'Toronto', 'CA'],
      ['Québec, Québec', 'Québec', 'CA'],
      ['Manhattan and Lawrence, KS', 'Manhattan and Lawrence', 'US']
    ]
    for (const [text, city, countryCode] of cases) {
      expect(splitPlace(text), text).toMatchObject({ city, countryCode, countryInferred: true })
    }
    expect(splitPlace('Berlin, DE')).toMatchObject({ city: 'Berlin', countryCode: 'DE' })
    expect(splitPlace('Tbilisi, Georgia')).toMatchObject({ city: 'Tbilisi', countryCode: 'GE' })
    expect(splitPlace('Banff, Alberta, Canada')).toMatchObject({ city: 'Banff', countryCode: 'CA' })
    expect(splitPlace('Denver, Kolorado, USA')).toMatchObject({ city: 'Denver', countryCode: 'US' })
  })

  it('reads flags, other scripts’ commas and a country after the town', () => {
    expect(splitPlace('Sydney 🇦🇺')).toMatchObject({ city: 'Sydney', countryCode: 'AU' })
    expect(splitPlace('Sydney 🇦🇺').countryInferred).toBeUndefined()
    expect(splitPlace('Australia🇦🇺')).toMatchObject({ city: null, countryCode: 'AU' })
    expect(splitPlace('Beijing，China🇨🇳')).toMatchObject({ city: 'Beijing', countryCode: 'CN' })
    expect(splitPlace('Miami, Florida, USA🇺🇸')).toMatchObject({ city: 'Miami', countryCode: 'US' })
    expect(splitPlace('マレーシア、クアラルンプール')).toMatchObject({ city: 'クアラルンプール', countryCode: 'MY' })
    expect(splitPlace('John Lennon 5 Mérida España')).toMatchObject({ city: 'Mérida', countryCode: 'ES' })
    expect(splitPlace('Singapore')).toMatchObject({ city: 'Singapore', countryCode: 'SG' })
  })

  it('decides a shared town name by the page’s countries, and flags it when close', () => {
    expect(splitPlace('Valencia')).toMatchObject({ countryCode: 'VE', countryInferred: true, placeAmbiguous: true })
    const spanishPage = new Map([['ES', 6], ['PT', 1]])
    expect(splitPlace('Valencia', { countryHints: spanishPage })).toMatchObject({ countryCode: 'ES', countryInferred: true })
    // The reading without hints is still the one remembered.
    expect(splitPlace('Valencia').countryCode).toBe('VE')
  })

  it('reads venue names and words as no town', () => {
    for (const text of ['Sackler Educational Laboratory', 'Klompézaal', 'Main Hall', 'Aula Magna', 'Conference Room', 'The Tivoli', 'Kings Theatre']) {
      expect(splitPlace(text).countryCode, text).toBeNull()
    }
  })

  it('infers the country of a capital named after it', () => {
    expect(splitPlace('Mexico City')).toMatchObject({ city: 'Mexico City', countryCode: 'MX', countryInferred: true })
  })
})

describe('the country-name cache', () => {
  it('gives the same names when read back from its file as when built from Intl', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'curate-countries-'))
    try {
      process.env.CURATE_GAZETTEER_CACHE = directory
      vi.resetModules()
      const built = await import('./countries')
      expect(built.resolveCountry('Niemcy')?.code).toBe('DE')
      expect(readdirSync(directory).some((f) => f.startsWith('countries-'))).toBe(true)
      vi.resetModules()
      const cached = await import('./countries')
      for (const name of ['Niemcy', 'Россия', '日本', 'Holland', 'Congo', 'Man']) {
        expect(cached.resolveCountry(name), name).toEqual(built.resolveCountry(name))
      }
    } finally {
      delete process.env.CURATE_GAZETTEER_CACHE
      rmSync(directory, { recursive: true, force: true })
    }
  })
})

describe('a code in brackets after a town', () => {
  it('is the country where the town is in it, and the state or province where the gazetteer puts the town elsewhere', () => {
    expect(splitPlace('Lyon (FR)')).toMatchObject({ city: 'Lyon', countryCode: 'FR' })
    expect(splitPlace('Belo Horizonte (MG)')).toMatchObject({ city: 'Belo Horizonte', countryCode: 'BR', countryInferred: true })
    expect(splitPlace('Curitiba (PR)')).toMatchObject({ city: 'Curitiba', countryCode: 'BR', countryInferred: true })
    expect(splitPlace('Bari (BA)')).toMatchObject({ city: 'Bari', countryCode: 'IT', countryInferred: true })
  })
})
