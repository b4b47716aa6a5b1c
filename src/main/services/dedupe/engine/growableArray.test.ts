import { describe, expect, it } from 'vitest'
import { GrowableArray } from './growableArray'

describe('GrowableArray', () => {
  it('keeps every value pushed, in order, through growth', () => {
    const values = new GrowableArray(Int32Array, 2)
    for (let k = 0; k < 1000; k++) values.push(k * 3 - 7)
    const out = values.toArray()
    expect(out).toBeInstanceOf(Int32Array)
    expect(out.length).toBe(1000)
    expect(out[0]).toBe(-7)
    expect(out[999]).toBe(999 * 3 - 7)
  })
})
