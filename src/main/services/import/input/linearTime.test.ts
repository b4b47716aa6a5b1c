import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseInput } from '../index'
import { ParseError } from '../types'
import { MAX_LINE_CHARS } from './lineLength'

/**
 * Timing tests on a shared machine: each measurement is the least CPU time of a few runs, and inputs
 * are large enough (hundreds of KB) that the garbage collector's nursery does not flatter the
 * small one. Linear work shows a ratio near the growth; work growing with the square of the
 * size, near its square. The bounds sit between the two, leaving room for noise.
 */
function fastest(run: () => void, times = 3): number {
  // CPU time of this process, not wall time: the test files run side by side on a machine that
  // may be busy, and another process's work must not pass for this parser's.
  let best = Infinity
  for (let i = 0; i < times; i++) {
    const start = process.cpuUsage()
    run()
    const used = process.cpuUsage(start)
    best = Math.min(best, (used.user + used.system) / 1000)
  }
  return Math.max(best, 0.5)
}

function parseQuietly(text: string, format: 'text' | 'csv'): void {
  try {
    parseInput(text, { format })
  } catch (error) {
    if (!(error instanceof ParseError)) throw error
  }
}

/** The pieces that made the readers slow (long runs of blanks, separators, dates, brackets, digits). */
const unit = fc.constantFrom(' ', '  ', '\t', ' | ', ' - ', '; ', ', ', '(', ')', '[fr] ', '12 May 2010 ', '1-2 ', '2010 ', 'Geneva (Switzerland) ', 'a', 'Water', '1.', '/', '"', '–')
const hostileLine = fc.array(unit, { minLength: 1, maxLength: 400 }).map((parts) => `Meeting 12 May 2010 ${parts.join('')}`.slice(0, 3000))

describe('parse time grows in proportion to the size of the input', () => {
  it('a file of 4 times as many hostile lines (each under the cap) takes about 4 times as long, text and CSV', () => {
    const format = fc.constantFrom('text', 'csv') as fc.Arbitrary<'text' | 'csv'>
    fc.assert(
      fc.property(fc.array(hostileLine, { minLength: 3, maxLength: 6 }), format, (lines, f) => {
        const block = lines.map((line) => (f === 'csv' ? `"${line.replace(/"/g, '""')}",2010-05-12` : line)).join('\n')
        const file = (copies: number): string => (f === 'csv' ? 'title,startDate\n' : '') + Array.from({ length: copies }, () => block).join('\n\n')
        const copies = Math.ceil(400_000 / block.length)
        const small = file(copies)
        const large = file(4 * copies)
        parseQuietly(small, f) // warm up the JIT before measuring
        // A busy machine can spoil one measurement (caches, a collector pass at the wrong time);
        // quadratic work fails every one, so the best of three ratios is judged.
        let ratio = Infinity
        for (let attempt = 0; attempt < 3 && ratio >= 10; attempt++) {
          ratio = Math.min(ratio, fastest(() => parseQuietly(large, f), 2) / fastest(() => parseQuietly(small, f), 3))
        }
        // Linear: ~4; quadratic: ~16.
        expect(ratio, `${f}: ${lines.length} lines such as ${JSON.stringify(lines[0]!.slice(0, 80))}`).toBeLessThan(10)
      }),
      { numRuns: 3 }
    )
  }, 180_000)

  it('one line of 16 times as many blanks takes about 16 times as long (the trim and separator scans)', () => {
    for (const filler of [' ', '\t ', ' \u00a0']) {
      const line = (n: number): string => `Water forum 12 May 2010${filler.repeat(n / filler.length)}x\n`
      parseQuietly(line(600), 'text')
      const ratio = fastest(() => parseQuietly(line(9_600), 'text')) / fastest(() => parseQuietly(line(600), 'text'), 5)
      // Linear: ~16; quadratic (the regexes this replaced): ~256.
      expect(ratio, JSON.stringify(filler)).toBeLessThan(64)
    }
  }, 60_000)
})

describe('a line longer than the cap', () => {
  it('is refused at once with a message naming the line, never a stack overflow or a frozen parser', () => {
    const cases: [string, 'text' | 'csv' | undefined, RegExp][] = [
      ['Water forum 12 May 2010 ' + 'a'.repeat(10_000_000), undefined, /^line 1: this line is 10,000,024 characters long; listing lines may hold at most 10,000\./],
      ['Water forum 12 May 2010\n' + ' '.repeat(574_000) + 'x\n', 'text', /^line 2: this line is 574,001 characters long; listing lines may hold at most 10,000\./],
      ['title,startDate\r\nA,2010\r\n"' + 'b'.repeat(MAX_LINE_CHARS.csv) + '",2010\r\n', 'csv', /^line 3: this line is 100,007 characters long; CSV lines may hold at most 100,000\./]
    ]
    for (const [text, format, message] of cases) {
      const started = performance.now()
      expect(() => parseInput(text, format ? { format } : {})).toThrow(message)
      expect(performance.now() - started).toBeLessThan(5_000)
    }
  })

  it('a line at the cap is still read', () => {
    const title = 'Water forum '.padEnd(MAX_LINE_CHARS.text - ' 12 May 2010'.length, 'x')
    expect(() => parseInput(`${title} 12 May 2010\n`, { format: 'text' })).not.toThrow()
  })
})
