import { describe, expect, it } from 'vitest'
import { formatCount } from './format'

describe('formatCount', () => {
  it('groups thousands as the English interface does', () => {
    expect([0, 7, 999, 1000, 12345, 990100, 1000000, -4321].map(formatCount)).toEqual(['0', '7', '999', '1,000', '12,345', '990,100', '1,000,000', '-4,321'])
    expect(formatCount(1234567)).toBe((1234567).toLocaleString('en'))
  })
})
