import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { findDatesInLine, resolveParts, parseDateText, guessPageLanguages, numericOrderOfPage } from './index'

/** Pieces real date lines are made of, in many scripts, so random lines come close to dates. */
const PIECES = [
  '1', '12', '31', '2019', '08.', '10. ', '/', '-', '–', '~', ',', ' ', '.', '(', ')', '&', ':', '00',
  'bis', 'au', 'du', 'al', 'dal', 'y', 'et', 'jusqu\'au', 'Through', 'dia', 'Sábado', 'lundi', 'mar', 'May',
  'października', 'listopad', 'июня', '年', '月', '日', '년', '월', '일', '(토)', '(水)', '平成', '元', 'h', 'uur', 'TBA', 'http://x/'
]

describe('the date reader on random date-like lines', () => {
  it('never throws, and every expression lies inside its line', () => {
    const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''))
    const options = fc.record({
      partial: fc.boolean(),
      numericOrder: fc.constantFrom(undefined, 'dayFirst' as const, 'monthFirst' as const),
      languages: fc.constantFrom(undefined, ['fr'], ['hr'], ['pl', 'cs'], ['ko'])
    })
    fc.assert(
      fc.property(line, options, (text, opts) => {
        for (const parts of findDatesInLine(text, opts)) {
          expect(parts.index).toBeGreaterThanOrEqual(0)
          expect(parts.index + parts.length).toBeLessThanOrEqual(text.length)
          const reading = resolveParts(parts, text.slice(parts.index, parts.index + parts.length), { year: 2020 })
          if (reading.startDate !== null && reading.endDate !== null) expect(reading.startDate <= reading.endDate || reading.warnings.length > 0).toBe(true)
        }
        parseDateText(text)
        guessPageLanguages([text])
        numericOrderOfPage([text])
      }),
      { numRuns: 3000 }
    )
  })
})
