import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import Database from 'better-sqlite3'
import { compareBinary, compareNoCase } from './collation'
import { Dictionary } from './dictionary'

/** SQLite itself is the reference: its ORDER BY with the same collation, stable by input position. */
const db = new Database(':memory:')
const sqliteOrder = (values: string[], collation: 'BINARY' | 'NOCASE'): string[] =>
  db.prepare(`SELECT value FROM json_each(?) ORDER BY value COLLATE ${collation}, key`).pluck().all(JSON.stringify(values)) as string[]
const jsOrder = (values: string[], compare: (a: string, b: string) => number): string[] =>
  values.map((value, i) => ({ value, i })).sort((a, b) => compare(a.value, b.value) || a.i - b.i).map((x) => x.value)

const AWKWARD = ['Paris', 'PARIS', 'paris', 'Zürich', 'zurich', 'Zurich', 'Ångström', 'angstrom', '', 'a', 'A', 'ab', 'Ab', '_', '[', '`', '{',
  'Émigré', 'émigré', '\uE000', '\uF900', '\uFFFD', '𝔘', '😀', 'z\uD83D\uDE00', 'z\uFFFD', 'ǅ', 'ß', 'SS', 'İ', 'i']

describe('collations', () => {
  it('order awkward values as SQLite does, BINARY and NOCASE', () => {
    expect(jsOrder(AWKWARD, compareBinary)).toEqual(sqliteOrder(AWKWARD, 'BINARY'))
    expect(jsOrder(AWKWARD, compareNoCase)).toEqual(sqliteOrder(AWKWARD, 'NOCASE'))
  })

  it('order random text (all of Unicode, astral included) as SQLite does', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'A', 'z', 'Z', '\uE000', '\uF900', '\uFFFF'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })), maxLength: 6 })
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (values) => {
        expect(jsOrder(values, compareNoCase)).toEqual(sqliteOrder(values, 'NOCASE'))
        expect(jsOrder(values, compareBinary)).toEqual(sqliteOrder(values, 'BINARY'))
      }),
      { numRuns: 300, seed: 3 }
    )
  })

  it('give values equal under the collation one rank, NULL rank 0, and rank new values as they come', () => {
    const cities = new Dictionary(compareNoCase)
    const [paris, PARIS, berlin] = [cities.codeFor('Paris'), cities.codeFor('PARIS'), cities.codeFor('berlin')]
    expect(cities.codeFor(null)).toBe(0)
    expect(cities.codeFor('Paris')).toBe(paris)
    let ranks = cities.rankTable()
    expect([ranks[0], ranks[berlin], ranks[paris], ranks[PARIS]]).toEqual([0, 1, 2, 2])
    const athens = cities.codeFor('Athens')
    ranks = cities.rankTable()
    expect([ranks[athens], ranks[berlin], ranks[paris], ranks[PARIS]]).toEqual([1, 2, 3, 3])
    expect(cities.codeOf('Nowhere')).toBeUndefined()
    expect(cities.valueOf(PARIS)).toBe('PARIS')
  })
})
