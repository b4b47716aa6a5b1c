import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cachedJson } from '../place/cacheDir'
import fc from 'fast-check'
import { buildNameTable, foldWord, nameTableCacheName, type NameEntry } from './monthNames'

describe('the month and weekday name table kept in a cache file', () => {
  let dir: string
  let before: string | undefined
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'curate-names-'))
    before = process.env.CURATE_GAZETTEER_CACHE
    process.env.CURATE_GAZETTEER_CACHE = dir
  })
  afterEach(() => {
    if (before === undefined) delete process.env.CURATE_GAZETTEER_CACHE
    else process.env.CURATE_GAZETTEER_CACHE = before
    rmSync(dir, { recursive: true, force: true })
  })

  it('reads back exactly the table Intl builds, and is written once', () => {
    const built = buildNameTable()
    let builds = 0
    const build = (): [string, NameEntry][] => (builds++, [...buildNameTable()])
    const first = new Map(cachedJson(nameTableCacheName(), build))
    const second = new Map(cachedJson(nameTableCacheName(), build))
    expect(builds).toBe(1)
    expect(readdirSync(dir)).toEqual([nameTableCacheName()])
    expect(second).toEqual(built)
    expect(first).toEqual(built)
    expect(second.get('pazdziernika')?.months[0]?.value).toBe(10)
  })

  it('names the Intl data it came from, so another runtime builds its own', () => {
    expect(nameTableCacheName()).toContain(`icu${process.versions.icu}`)
    expect(nameTableCacheName()).toMatch(/^month-names-v\d+-icu[\d.]+-cldr[\d.]+-[0-9a-f]{12}\.json$/)
  })

  it('builds again when the cache file is damaged', () => {
    writeFileSync(path.join(dir, nameTableCacheName()), '{"half')
    const table = new Map(cachedJson(nameTableCacheName(), () => [...buildNameTable()]))
    expect(table.get('janvier')?.months[0]?.value).toBe(1)
  })
})

describe('foldWord', () => {
  // The reading it must keep: NFD, marks off, lower case, trailing dots off (its fast paths and its memo change only the cost).
  const reference = (word: string): string => word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\.+$/, '')

  it('folds as NFD without marks, lower case, without trailing dots, for any text and asked any number of times', () => {
    const samples = ['Październik', 'MÄRZ.', 'sept.', 'İstanbul', 'ΟΚΤΩΒΡΊΟΥ', '4月', 'Mai...', '', '.', 'naïve']
    for (const word of [...samples, ...samples]) expect(foldWord(word)).toBe(reference(word))
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (word) => foldWord(word) === reference(word) && foldWord(word) === reference(word)),
      { numRuns: 2000 }
    )
  })
})
