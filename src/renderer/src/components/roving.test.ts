import { describe, expect, it } from 'vitest'
import { rovingTarget } from './roving'

describe('roving focus within a list of controls', () => {
  it('moves one step with the arrows and stops at the ends', () => {
    expect(rovingTarget('ArrowDown', 0, 3)).toBe(1)
    expect(rovingTarget('ArrowRight', 2, 3)).toBe(2)
    expect(rovingTarget('ArrowUp', 0, 3)).toBe(0)
    expect(rovingTarget('ArrowLeft', 2, 3)).toBe(1)
  })

  it('jumps to the first and last with Home and End', () => {
    expect(rovingTarget('Home', 2, 5)).toBe(0)
    expect(rovingTarget('End', 0, 5)).toBe(4)
  })

  it('leaves other keys, and empty lists, alone', () => {
    expect(rovingTarget(' ', 1, 3)).toBeNull()
    expect(rovingTarget('Tab', 1, 3)).toBeNull()
    expect(rovingTarget('ArrowDown', 0, 0)).toBeNull()
  })
})
