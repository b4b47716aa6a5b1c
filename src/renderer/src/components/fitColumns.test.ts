import { describe, expect, it } from 'vitest'
import { EDGE_WIDTH, fitColumns, MIN_COLUMN, TITLE_MIN } from './fitColumns'

const columns = [
  { key: 'title', width: 420 },
  { key: 'dates', width: 170 },
  { key: 'place', width: 180 },
  { key: 'city', width: 110 },
  { key: 'country', width: 130 },
  { key: 'tags', width: 120 }
]
const total = (w: Record<string, number>): number => Object.values(w).reduce((a, b) => a + b, 0) + 2 * EDGE_WIDTH

describe('the grid columns share the pane', () => {
  it('gives the title the slack and keeps the chosen widths on a wide pane', () => {
    const { widths, scale } = fitColumns(1400, columns)
    expect(scale).toBe(1)
    expect(widths.dates).toBe(170)
    expect(total(widths)).toBe(1400)
  })

  it('fits an 836 px pane (1280 wide, no record open) without scrolling sideways, the title keeping a good share', () => {
    const { widths } = fitColumns(836, columns)
    expect(total(widths)).toBeLessThanOrEqual(836)
    expect(widths.title).toBeGreaterThanOrEqual(0.4 * (836 - 2 * EDGE_WIDTH) - 1)
  })

  it('leaves the rightmost columns out rather than squeeze them below what their values need', () => {
    const withMins = columns.map((c) => ({ ...c, min: c.key === 'dates' ? 100 : 80 }))
    const { widths, dropped } = fitColumns(520, withMins)
    expect(dropped).toEqual(['country', 'tags'])
    expect(widths.dates).toBeGreaterThanOrEqual(100)
    expect(total(widths)).toBeLessThanOrEqual(520)
    expect(fitColumns(1400, withMins).dropped).toEqual([])
  })

  it('narrows every column in proportion on a 520 px pane (a record open at 1280), never below the minimum', () => {
    const { widths, scale } = fitColumns(520, columns)
    expect(total(widths)).toBeLessThanOrEqual(520)
    expect(scale).toBeLessThan(1)
    for (const key of ['dates', 'place', 'city', 'country', 'tags']) expect(widths[key]).toBeGreaterThanOrEqual(MIN_COLUMN)
    expect(widths.title).toBeGreaterThanOrEqual(TITLE_MIN)
  })
})
