import { describe, expect, it } from 'vitest'
import { describePair, groupPairs } from './groups'

describe('groups', () => {
  it('joins pairs into connected components, largest first', () => {
    const groups = groupPairs([
      { a: 5, b: 9 },
      { a: 1, b: 2 },
      { a: 2, b: 3 },
      { a: 3, b: 7 }
    ])
    expect(groups).toEqual([[1, 2, 3, 7], [5, 9]])
  })
  it('describes a pair in one line', () => {
    expect(describePair({ reasons: ['same dates', 'titles 92% alike', 'same city'] })).toBe('same dates; titles 92% alike; same city')
  })
})
