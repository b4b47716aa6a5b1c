import { describe, expect, it } from 'vitest'
import { jaroWinkler } from './jaroWinkler'
import { boundedLevenshtein, levenshtein, levenshteinSimilarity } from './levenshtein'

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
