import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { ICC_EXPECTED, ICC_TEXT } from '../../../../../test/fixtures'

interface Expected {
  line: number
  title: string
  dateText: string
  startDate: string
  endDate: string
  place: string | null
  city: string | null
  country: string | null
  countryCode: string | null
  ambiguous: string[]
  titleContinuation?: string
}

const text = readFileSync(ICC_TEXT, 'utf8')
const expected = JSON.parse(readFileSync(ICC_EXPECTED, 'utf8')) as {
  heading: string
  records: Expected[]
}

describe('the ICC meetings and events fixture', () => {
  const result = parseListingText(text)

  it('reads all 73 events and nothing else', () => {
    expect(result.format).toBe('text')
    expect(result.records).toHaveLength(73)
    expect(result.records.map((r) => r.sourceLine)).toEqual(expected.records.map((e) => e.line))
  })

  it.each(expected.records.map((e) => [e.line, e] as const))('line %i reads as hand-checked', (line, e) => {
    const r = result.records.find((x) => x.sourceLine === line)
    expect(r).toBeDefined()
    if (r === undefined) return
    expect(r.title).toBe(e.title)
    expect(r.startDate).toBe(e.startDate)
    expect(r.endDate).toBe(e.endDate)
    expect(r.place).toBe(e.place)
    expect(r.dateText).toBe(e.dateText)
    for (const field of ['city', 'country', 'countryCode'] as const) {
      if (!e.ambiguous.includes(field)) expect(r[field], field).toBe(e[field])
    }
    if (e.titleContinuation !== undefined) expect(r.notes).toContain(e.titleContinuation)
    expect(r.confidence).toBeGreaterThan(0)
    expect(r.confidence).toBeLessThanOrEqual(1)
  })

  it('skips the heading and says why', () => {
    expect(result.skipped).toEqual([{ line: 1, text: expected.heading, reason: 'heading' }])
  })

  it('puts doubts into words', () => {
    const at = (line: number) => result.records.find((r) => r.sourceLine === line)
    expect(at(227)?.warnings).toContain('date inside the title ignored')
    expect(at(418)?.warnings).toContain('no place')
    expect(at(453)?.warnings).toContain('title continues on a further line (kept in notes)')
    expect(at(404)?.tags).toContain('lang:fr')
    expect(at(8)).toBeUndefined()
    expect(at(4)?.sourceText).toBe(
      'Unlocking the potential of refugees and asylum seekers: intercultural approaches to integration\n\n29-30 October 2015\n\nNeuchâtel (Switzerland)'
    )
  })
})
