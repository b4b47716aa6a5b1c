import { describe, expect, it } from 'vitest'
import { scrollTopFor, visibleRows } from './fixedRows'

describe('fixed-height row windows', () => {
  it('covers the rows on screen plus the overscan, whatever the number of rows', () => {
    // 900 px scroller, 32 px sticky header, 30 px rows: 29 rows fit below the header.
    expect(visibleRows(0, 900, 1_000_000, 30, 32, 0)).toEqual({ first: 0, last: 29 })
    expect(visibleRows(0, 900, 1_000_000, 30, 32, 12)).toEqual({ first: 0, last: 41 })
    expect(visibleRows(300_000, 900, 1_000_000, 30, 32, 12)).toEqual({ first: 9_988, last: 10_041 })
  })

  it('stops at the last row and is empty without rows', () => {
    expect(visibleRows(29_999_000, 900, 1_000_000, 30, 32, 12)).toEqual({ first: 999_954, last: 999_999 })
    expect(visibleRows(0, 900, 5, 30, 32, 12)).toEqual({ first: 0, last: 4 })
    expect(visibleRows(0, 900, 0, 30, 32, 12)).toEqual({ first: 0, last: -1 })
  })

  it('scrolls a row into view below the header only when it is not already in view', () => {
    expect(scrollTopFor(10, 0, 900, 30, 32)).toBe(0)
    // Row 40 (1,200-1,230 px) is below the 868 px under the header: its bottom goes to the edge.
    expect(scrollTopFor(40, 0, 900, 30, 32)).toBe(1_230 - 868)
    // Row 5 is above the top: it becomes the first row under the header.
    expect(scrollTopFor(5, 3_000, 900, 30, 32)).toBe(150)
  })
})
