import { describe, expect, it } from 'vitest'
import { clusterValues } from './clusterValues'
import { fingerprintKey, ngramFingerprintKey } from './openRefineKeys'
import { phoneticKey } from './phoneticKey'

const counts = (entries: [string, number][]) => entries.map(([value, count]) => ({ value, count }))

describe('OpenRefine keys', () => {
  it('fingerprint: trim, lower case, strip diacritics and punctuation, sort unique words', () => {
    expect(fingerprintKey('  Neuchâtel, Switzerland ')).toBe('neuchatel switzerland')
    expect(fingerprintKey('Switzerland Neuchatel neuchatel.')).toBe('neuchatel switzerland')
    // As in OpenRefine: ø is spelled "oe" and "&" is punctuation (Unicode Po), so it goes.
    expect(fingerprintKey('Ærø & Straße')).toBe('aeroe strasse')
    // OpenRefine removes punctuation rather than splitting on it.
    expect(fingerprintKey('co-ordinators')).toBe('coordinators')
  })
  it('n-gram fingerprint: sorted unique n-grams of the text without spaces', () => {
    expect(ngramFingerprintKey('Paris', 2)).toBe('arispari')
    expect(ngramFingerprintKey('P a r i s', 2)).toBe('arispari')
    expect(ngramFingerprintKey('abab', 3)).toBe('ababab')
    expect(ngramFingerprintKey('a', 2)).toBe('')
  })
  it('phonetic: words that sound alike share a key', () => {
    expect(phoneticKey('Neuchatel')).toBe(phoneticKey('Neuchâtel'))
    expect(phoneticKey('Smith Jon')).toBe(phoneticKey('John Smyth'))
    expect(phoneticKey('Summit 2012')).not.toBe(phoneticKey('Summit 2013'))
  })
})

describe('clusterValues', () => {
  const cities = counts([
    ['Neuchâtel', 40],
    ['Neuchatel', 12],
    ['NEUCHATEL', 3],
    ['Neuchatel.', 1],
    ['Strasbourg', 30],
    ['Strasbourgh', 2],
    ['Oslo', 9],
    ['Viareggio', 5],
    ['Viarregio', 1],
    ['', 4]
  ])

  it('fingerprint groups case, accent and punctuation variants, suggesting the most frequent', () => {
    const clusters = clusterValues(cities, 'fingerprint')
    expect(clusters).toHaveLength(1)
    expect(clusters[0]).toMatchObject({ key: 'neuchatel', total: 56, suggested: 'Neuchâtel' })
    expect(clusters[0].values.map((v) => v.value)).toEqual(['Neuchâtel', 'Neuchatel', 'NEUCHATEL', 'Neuchatel.'])
  })

  it('n-gram fingerprint also groups letter-order slips within n-grams', () => {
    const clusters = clusterValues(counts([['Viareggio', 5], ['Viarregio', 1], ['Oslo', 2]]), 'ngram-fingerprint', { ngramSize: 1 })
    expect(clusters).toHaveLength(1)
    expect(clusters[0].suggested).toBe('Viareggio')
  })

  it('phonetic groups values that sound the same', () => {
    const clusters = clusterValues(counts([['Strasbourg', 30], ['Strasburg', 2], ['Oslo', 9]]), 'phonetic')
    expect(clusters).toHaveLength(1)
    expect(clusters[0].values.map((v) => v.value)).toEqual(['Strasbourg', 'Strasburg'])
  })

  it('levenshtein groups values within the edit distance, largest clusters first', () => {
    const clusters = clusterValues(cities, 'levenshtein', { maxDistance: 2 })
    const suggested = clusters.map((cluster) => cluster.suggested)
    expect(suggested).toEqual(['Neuchâtel', 'Strasbourg', 'Viareggio'])
    expect(clusters[0].values).toHaveLength(4)
    expect(clusterValues(cities, 'levenshtein', { maxDistance: 1 }).map((c) => c.suggested)).toEqual(['Neuchâtel', 'Strasbourg'])
  })

  it('adds up repeated values and ignores blanks', () => {
    const clusters = clusterValues(counts([['Oslo', 1], ['Oslo', 2], ['OSLO', 1], ['  ', 5]]), 'fingerprint')
    expect(clusters).toEqual([{ key: 'oslo', values: [{ value: 'Oslo', count: 3 }, { value: 'OSLO', count: 1 }], total: 4, suggested: 'Oslo' }])
  })

  it('stays tractable on 100k distinct values (vitest timeout as the guard)', () => {
    const values: { value: string; count: number }[] = []
    for (let i = 0; i < 95_000; i++) values.push({ value: `Venue ${i.toString(36)} ${(i * 7919).toString(36)}`, count: 2 })
    // Every 19th value also appears with its last letter doubled, once.
    for (let i = 0; i < 95_000 && values.length < 100_000; i += 19) values.push({ value: `${values[i].value}x`, count: 1 })
    const clusters = clusterValues(values, 'levenshtein')
    expect(clusters.length).toBeGreaterThan(4_000)
    expect(clusters.every((cluster) => cluster.values[0].count === 2)).toBe(true)
  })
})
