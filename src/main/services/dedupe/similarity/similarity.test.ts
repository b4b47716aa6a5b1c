import { describe, expect, it } from 'vitest'
import { jaroWinkler } from './jaroWinkler'
import { boundedLevenshtein, levenshtein, levenshteinSimilarity } from './levenshtein'
import { titleSimilarity } from './titleSimilarity'

describe('string similarity', () => {
  it('Jaro-Winkler rewards shared prefixes and tolerates transpositions', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3)
    expect(jaroWinkler('viarregio', 'viareggio')).toBeGreaterThan(0.9)
    expect(jaroWinkler('oslo', 'lima')).toBeLessThan(0.6)
    expect(jaroWinkler('same', 'same')).toBe(1)
  })
  it('Levenshtein counts edits and stops early when bounded', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3)
    expect(boundedLevenshtein('kitten', 'sitting', 1)).toBe(2)
    expect(boundedLevenshtein('a', 'abcdef', 2)).toBe(3)
    expect(levenshteinSimilarity('', '')).toBe(1)
    expect(levenshteinSimilarity('abcd', 'abcx')).toBe(0.75)
  })
})

describe('title similarity with a floor', () => {
  const texts = ['co', 'ordinators', 'coordinators', 'meeting', 'annual', 'summer', 'school', 'on', 'cities', 'intercultural']
  const similarity = (a: number[], b: number[], atLeast?: number): number =>
    titleSimilarity(Int32Array.from([...a, ...b]), 0, a.length, a.length, a.length + b.length, texts, undefined, atLeast)

  it('gives the exact figure whenever it reaches the floor, and a lower one only below it', () => {
    // Joined, `co ordinators meeting` is `coordinators meeting`: only the character view sees it.
    const joined = similarity([0, 1, 3], [2, 3])
    expect(joined).toBe(1)
    expect(similarity([0, 1, 3], [2, 3], 0.6)).toBe(joined)
    // Far apart in length: the character view cannot reach 0.6, the word view's figure is kept.
    const far = similarity([4, 5], [5, 6, 7, 8, 9])
    const floored = similarity([4, 5], [5, 6, 7, 8, 9], 0.6)
    expect(far).toBeLessThan(0.6)
    expect(floored).toBeLessThanOrEqual(far)
    expect(floored).toBeCloseTo((2 * 1) / 7, 5)
  })
})
