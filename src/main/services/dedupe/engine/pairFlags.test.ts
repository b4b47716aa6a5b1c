import { describe, expect, it } from 'vitest'
import { PairFlags } from './pairFlags'

describe('PairFlags', () => {
  it('remembers yes and no per unordered pair, through growth', () => {
    const flags = new PairFlags()
    expect(flags.get(3, 7)).toBe(-1)
    for (let a = 0; a < 300; a++) for (let b = a + 1; b < a + 20; b++) flags.set(a, b, (a + b) % 3 === 0)
    for (let a = 0; a < 300; a++) for (let b = a + 1; b < a + 20; b++) expect(flags.get(b, a)).toBe((a + b) % 3 === 0 ? 1 : 0)
    expect(flags.get(0, 100)).toBe(-1)
    flags.set(7, 3, true)
    expect(flags.get(3, 7)).toBe(1)
  })
})
