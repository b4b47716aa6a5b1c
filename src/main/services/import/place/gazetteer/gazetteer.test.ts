import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { lookupPlace } from './index'
import { readCache } from './cache'
import { gazetteerLoadReport, loadGazetteer, sourceFile, unloadGazetteer } from './load'
import { foldPlaceName } from './fold'

const code = (name: string, options?: Parameters<typeof lookupPlace>[1]) => lookupPlace(name, options)?.countryCode ?? null

describe('lookupPlace', () => {
  it('finds one place under all its names, scripts, cases and accents', () => {
    const venice = lookupPlace('Venezia')
    expect(venice).toMatchObject({ countryCode: 'IT', name: 'Venezia' })
    for (const name of ['Venice', 'VENISE', 'Venedig', 'ヴェネツィア', 'venezia'.toUpperCase()]) expect(lookupPlace(name)?.id).toBe(venice?.id)
    expect(lookupPlace('東京')?.id).toBe(lookupPlace('Tokyo')?.id)
    expect(lookupPlace('Montreal')?.id).toBe(lookupPlace('Montréal')?.id)
    expect(code('Montreal')).toBe('CA')
    expect(code('LIVERPOOL')).toBe('GB')
    expect(code('Bari')).toBe('IT')
    expect(code('Москва')).toBe('RU')
    expect(code('서울')).toBe('KR')
    expect(code("'s-Hertogenbosch")).toBe('NL')
    expect(code('St Petersburg')).toBe('RU')
  })

  it('reads the bare towns of the real listings and the cross-source pages', () => {
    const towns: [string, string][] = [
      ['Brignoles', 'FR'], ['Draguignan', 'FR'], ['Selb', 'DE'], ['Fürstenwalde', 'DE'], ['Frankfurt (Oder)', 'DE'],
      ['Dessau-Roßlau', 'DE'], ['Funchal', 'PT'], ['Verona', 'IT'], ['山口市', 'JP'], ['上海', 'CN'], ['BUCAREST', 'RO'],
      ['LONDRES', 'GB'], ['Londyn', 'GB'], ['Monachium', 'DE'], ['Nowy Jork', 'US'], ['Istambuł', 'TR'], ['Tokio', 'JP'],
      ['Blacksburg', 'US'], ['Binghamton', 'US'], ['Port Chester', 'US'], ['Indian Wells', 'US'], ['Key Biscayne', 'US'],
      ['Marseille', 'FR'], ['Buenos Aires', 'AR'], ['Washington DC', 'US']
    ]
    for (const [town, country] of towns) expect(code(town), town).toBe(country)
  })

  it('drops a Chinese or Japanese city suffix when only the bare name is known', () => {
    expect(lookupPlace('上海市')?.id).toBe(lookupPlace('Shanghai')?.id)
  })

  it('decides a shared name by population, and by the page’s other countries', () => {
    expect(lookupPlace('Paris')).toMatchObject({ countryCode: 'FR', ambiguous: false })
    const valencia = lookupPlace('Valencia')
    expect(valencia).toMatchObject({ countryCode: 'VE', ambiguous: true })
    expect(valencia?.alternatives.map((a) => a.countryCode)).toContain('ES')
    expect(code('Valencia', { countryHints: new Map([['ES', 5], ['FR', 1]]) })).toBe('ES')
    expect(lookupPlace('Cambridge')).toMatchObject({ countryCode: 'GB', ambiguous: true })
    expect(code('Cambridge', { countryHints: new Map([['US', 3]]) })).toBe('US')
    // A few US records do not turn the capital of France into a Texan town.
    expect(code('Paris', { countryHints: new Map([['US', 10]]) })).toBe('FR')
    expect(code('Mérida', { countryHints: new Map([['ES', 8]]) })).toBe('ES')
  })

  it('ignores hints that are not counts', () => {
    const odd = new Map<string, number>([['ES', Number.NaN], ['FR', -3], ['DE', Infinity]])
    expect(lookupPlace('Valencia', { countryHints: odd })).toMatchObject({ countryCode: 'VE', ambiguous: true })
  })

  it('reads words and titles as no place', () => {
    for (const text of ['Conference', 'Online', 'Room', 'Aula', 'Museum', 'Main', 'Centre', 'Reading', 'Police', 'Opera']) {
      expect(lookupPlace(text), text).toBeNull()
    }
    expect(lookupPlace('paris')).toBeNull() // not written as a name
    expect(lookupPlace('Annual meeting of the society in Paris')).toBeNull()
    expect(lookupPlace('Room 101')).toBeNull()
    expect(lookupPlace('')).toBeNull()
  })

  it('needs a town of some size unless the country or state is stated', () => {
    expect(lookupPlace('Pas de la Casa')).toBeNull() // 2,363 people
    expect(lookupPlace('Pas de la Casa', { countryCode: 'AD' })).toMatchObject({ countryCode: 'AD', name: 'Pas de la Casa' })
    expect(lookupPlace('Reading', { countryCode: 'GB' })).toMatchObject({ countryCode: 'GB' })
    expect(lookupPlace('Paris', { region: 'TN' })).toMatchObject({ countryCode: 'US', region: 'TN' })
    expect(lookupPlace('Toronto', { region: 'ON' })).toMatchObject({ countryCode: 'CA', region: 'ON' })
    expect(lookupPlace('Paris', { countryCode: 'JP' })).toBeNull()
  })
})

describe('foldPlaceName', () => {
  it('ignores case, accents, width and punctuation but keeps other scripts', () => {
    expect(foldPlaceName('Montréal')).toBe('montreal')
    expect(foldPlaceName('Dessau-Roßlau')).toBe('dessau rosslau')
    expect(foldPlaceName('ＴＯＫＹＯ')).toBe('tokyo')
    expect(foldPlaceName('ヴェネツィア')).toBe('ヴェネツィア')
    expect(foldPlaceName('Kraków')).toBe(foldPlaceName('KRAKOW'))
  })
})

describe('the index file', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'curate-gazetteer-'))
  afterAll(() => {
    delete process.env.CURATE_GAZETTEER_CACHE
    unloadGazetteer()
    rmSync(directory, { recursive: true, force: true })
  })

  it('is built from GeoNames once, then read back with the same answers', () => {
    process.env.CURATE_GAZETTEER_CACHE = directory
    unloadGazetteer()
    const built = loadGazetteer()
    expect(gazetteerLoadReport()).toMatchObject({ from: 'built', cacheFile: path.join(directory, 'gazetteer-v1.bin') })
    expect(built.ids.length).toBeGreaterThan(130_000)
    const bari = lookupPlace('Bari')
    unloadGazetteer()
    loadGazetteer()
    expect(gazetteerLoadReport()?.from).toBe('cache')
    expect(lookupPlace('Bari')).toEqual(bari)
  })

  it('is rebuilt when the data it came from changes', () => {
    const stat = statSync(sourceFile())
    const file = path.join(directory, 'gazetteer-v1.bin')
    expect(readCache(file, { size: stat.size, mtimeMs: stat.mtimeMs })).not.toBeNull()
    expect(readCache(file, { size: stat.size + 1, mtimeMs: stat.mtimeMs })).toBeNull()
    expect(readCache(path.join(directory, 'missing.bin'), { size: 1, mtimeMs: 1 })).toBeNull()
  })
})
