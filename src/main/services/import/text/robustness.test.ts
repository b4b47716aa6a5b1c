import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CancelledError, parseListingText } from './index'
import { parseDateText } from '../dates'
import { splitPlace } from '../place'
import { ParseError } from '../types'
import { ICC_TEXT } from '../../../../../test/fixtures'

const pieces = [
  '29-30 October 2015', '30 November-1 December 2009', 'Oslo (Norway)', 'Tokyo, Japan', 'Online', '',
  'Study visit', '2013 Ansan summit', '12/03/2019', '2019-03-12/2019-03-14', ' | ', '\t', ' – ', 'Programme 2018',
  '14:00-16:00', 'mardi 12 mars', '31 February 2019', '(', ')', '[fr]', '99.99.9999', '0-0 May 0000'
]
const lineText = fc.oneof(fc.string(), fc.constantFrom(...pieces), fc.array(fc.constantFrom(...pieces)).map((p) => p.join(' ')))
const listing = fc.array(lineText, { maxLength: 30 }).map((lines) => lines.join('\n'))

function onlyParseErrors(run: () => unknown): void {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError)
  }
}

describe('no input makes the readers throw', () => {
  it('parseListingText on random and line-structured text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), listing), fc.option(fc.integer({ min: 1800, max: 2199 }), { nil: undefined }), (text, year) => {
        onlyParseErrors(() => {
          const result = parseListingText(text, { year })
          for (const r of result.records) {
            expect(r.confidence).toBeGreaterThanOrEqual(0)
            expect(r.confidence).toBeLessThanOrEqual(1)
            expect(r.sourceLine).toBeGreaterThanOrEqual(1)
          }
        })
      }),
      { numRuns: 400 }
    )
  })

  it('parseDateText and splitPlace on random text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), lineText), (text) => {
        onlyParseErrors(() => {
          const reading = parseDateText(text)
          if (reading?.startDate) expect(reading.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
          splitPlace(text)
        })
      }),
      { numRuns: 400 }
    )
  })
})

describe('cancelling', () => {
  const fixture = readFileSync(ICC_TEXT, 'utf8')
  const big = Array.from({ length: 60 }, () => fixture).join('\n\n\n')

  it('stops with CancelledError when onProgress returns true', () => {
    let calls = 0
    expect(() => parseListingText(big, { onProgress: () => ++calls >= 2 })).toThrow(CancelledError)
    expect(calls).toBe(2)
  })

  it('reports progress from 0 to 1 when not cancelled', () => {
    const shares: number[] = []
    const result = parseListingText(big, { onProgress: (share) => void shares.push(share) })
    expect(result.records).toHaveLength(60 * 73)
    expect(shares[shares.length - 1]).toBe(1)
    expect(shares).toEqual([...shares].sort((a, b) => a - b))
  })
})
