import { describe, expect, it } from 'vitest'
import { SECTIONS } from './sections'

describe('the sidebar', () => {
  it('numbers its views in the order it lists them', () => {
    expect(SECTIONS.map((s) => s.key)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
  })
})
