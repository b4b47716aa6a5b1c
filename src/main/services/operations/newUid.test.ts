import { describe, expect, it } from 'vitest'
import { newUid } from './newUid'

const V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('newUid', () => {
  it('is a UUID version 7 carrying the time in its first 48 bits', () => {
    const now = Date.UTC(2026, 10, 27, 23, 59, 59, 123)
    const uid = newUid(now)
    expect(uid).toMatch(V7)
    expect(parseInt(uid.slice(0, 8) + uid.slice(9, 13), 16)).toBe(now)
  })

  it('is unique, and uids made later sort later', () => {
    const uids = Array.from({ length: 20_000 }, () => newUid())
    expect(new Set(uids).size).toBe(uids.length)
    for (const uid of uids) expect(uid).toMatch(V7)
    const earlier = Array.from({ length: 50 }, (_, i) => newUid(1_700_000_000_000 + i))
    expect([...earlier].sort()).toEqual(earlier)
  })
})
