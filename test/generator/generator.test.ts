import { describe, expect, it } from 'vitest'
import { generateListings } from './generateListings'
import { renderAsCsv, renderAsListingText, renderAsOneLine, CSV_HEADER } from './render'
import { titleTokens } from '../../src/main/services/dedupe/normalize/titleTokens'
import { normalisePlace } from '../../src/main/services/dedupe/normalize/place'

describe('generateListings', () => {
  it('is deterministic: same seed, same records and text; another seed, other records', () => {
    const first = generateListings({ seed: 7, count: 2_000 })
    const again = generateListings({ seed: 7, count: 2_000 })
    const other = generateListings({ seed: 8, count: 2_000 })
    expect(again).toEqual(first)
    expect(renderAsCsv(again.records)).toBe(renderAsCsv(first.records))
    expect(renderAsListingText(again.records)).toBe(renderAsListingText(first.records))
    expect(other.records.map((r) => r.title)).not.toEqual(first.records.map((r) => r.title))
  })

  it.each([1_000, 10_000, 50_000])('makes exactly %i records with ids 1..count', (count) => {
    const { records } = generateListings({ seed: 3, count })
    expect(records).toHaveLength(count)
    expect(records.every((record, index) => record.id === index + 1)).toBe(true)
  })

  it('has realistic variety: languages, one- to five-day events, missing places, online events', () => {
    const { records } = generateListings({ seed: 4, count: 10_000 })
    const durations = new Set(records.map((r) => (Date.parse(r.endDate) - Date.parse(r.startDate)) / 86_400_000))
    expect([...durations].sort()).toEqual([0, 1, 2, 3, 4])
    expect(records.some((r) => r.startDate.slice(0, 7) !== r.endDate.slice(0, 7))).toBe(true)
    expect(records.some((r) => r.startDate.slice(0, 4) !== r.endDate.slice(0, 4))).toBe(true)
    expect(records.some((r) => r.place === null)).toBe(true)
    expect(records.some((r) => r.place === 'Online')).toBe(true)
    expect(new Set(records.map((r) => r.countryCode)).size).toBeGreaterThan(40)
    expect(new Set(records.map((r) => r.city)).size).toBeGreaterThan(200)
    for (const word of ['Séminaire', 'Seminario', 'Konferenz', 'Studiebezoek', 'Conferência', 'Workshop']) {
      expect(records.some((r) => r.title.toLowerCase().includes(word.toLowerCase())), word).toBe(true)
    }
  })

  it('injects duplicates at the requested rate, with ground truth that really matches', () => {
    const { records, duplicatePairs } = generateListings({ seed: 9, count: 5_000, duplicateRate: 0.2 })
    const duplicateRecords = new Set(duplicatePairs.flat())
    expect(duplicateRecords.size).toBeGreaterThan(5_000 * 0.2)
    expect(duplicatePairs.every(([a, b]) => a < b)).toBe(true)
    let titlesChanged = 0
    for (const [a, b] of duplicatePairs) {
      const x = records[a - 1]
      const y = records[b - 1]
      // Same event: same ISO dates, overlapping title words, and no contradicting place.
      expect(y.startDate).toBe(x.startDate)
      expect(y.endDate).toBe(x.endDate)
      const wordsX = new Set(titleTokens(x.title))
      const shared = titleTokens(y.title).filter((word) => wordsX.has(word)).length
      expect(shared, `${x.title} / ${y.title}`).toBeGreaterThan(0)
      const placeX = normalisePlace(x)
      const placeY = normalisePlace(y)
      if (placeX.cityKey && placeY.cityKey) expect(placeY.cityKey).toBe(placeX.cityKey)
      if (x.title !== y.title) titlesChanged++
    }
    expect(titlesChanged / duplicatePairs.length).toBeGreaterThan(0.5)
  })

  it('generates no duplicates when asked for none', () => {
    expect(generateListings({ seed: 1, count: 1_000, duplicateRate: 0 }).duplicatePairs).toEqual([])
  })
})

describe('renderers', () => {
  const { records } = generateListings({ seed: 12, count: 300 })

  it('renders the listing block layout of the fixture', () => {
    const text = renderAsListingText(records)
    const blocks = text.split('\n\n\n').filter((block) => block !== '')
    expect(blocks).toHaveLength(records.length)
    blocks.forEach((block, index) => {
      const lines = block.split('\n')
      expect(lines[0]).toBe(records[index].title)
      expect(lines[1]).toBe('')
      expect(lines[2]).toBe(records[index].dateText)
      if (records[index].place) expect(lines.slice(3)).toEqual(['', records[index].place])
      else expect(lines).toHaveLength(3)
    })
  })

  it('renders one line per event with en-dash separators', () => {
    const lines = renderAsOneLine(records).trimEnd().split('\n')
    expect(lines).toHaveLength(records.length)
    expect(lines.every((line) => line.split(' – ').length >= 2)).toBe(true)
    const withCity = records.findIndex((r) => r.city && r.country)
    expect(lines[withCity]).toContain(`${records[withCity].city}, ${records[withCity].country}`)
    expect(lines[withCity]).toMatch(/ – \d{1,2}(–\d{1,2})? \p{L}+( – \d{1,2} \p{L}+)? \d{4}$|\d{4}$/u)
  })

  it('renders RFC 4180 CSV with a header row', () => {
    const csv = renderAsCsv(records)
    expect(csv.startsWith(`${CSV_HEADER.join(',')}\r\n`)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows = parseCsv(csv)
    expect(rows).toHaveLength(records.length + 1)
    expect(rows.every((row) => row.length === CSV_HEADER.length)).toBe(true)
    expect(rows[1][0]).toBe(records[0].title)
    expect(rows[1][4]).toBe(records[0].place ?? '')
  })
})

/** A strict RFC 4180 reader, enough to check the writer's quoting. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"') quoted = true
    else if (ch === ',') {
      row.push(field)
      field = ''
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += ch
  }
  return rows
}
