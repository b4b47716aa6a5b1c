import { describe, expect, it } from 'vitest'
import { resolveCountry, splitPlace } from './index'

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

  it('does not guess', () => {
    expect(resolveCountry('Oslo')).toBeNull()
    expect(resolveCountry('Congo')).toBeNull()
    expect(resolveCountry('in')).toBeNull()
  })
})

describe('splitPlace', () => {
  it.each([
    ['Neuchâtel (Switzerland)', 'Neuchâtel', 'Switzerland', 'CH'],
    ['Tilburg, the Netherlands', 'Tilburg', 'Netherlands', 'NL'],
    ['Lewisham (borough of London, United Kingdom)', 'Lewisham', 'United Kingdom', 'GB'],
    ["Palais de l'Europe, Strasbourg, France", 'Strasbourg', 'France', 'FR'],
    ['Germany', null, 'Germany', 'DE'],
    ['Strasbourg', 'Strasbourg', null, null],
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

  it('infers the country of a capital named after it', () => {
    expect(splitPlace('Mexico City')).toMatchObject({ city: 'Mexico City', countryCode: 'MX', countryInferred: true })
  })
})
