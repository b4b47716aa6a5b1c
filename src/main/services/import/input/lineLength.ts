import { ParseError } from '../types'

/**
 * The longest line each reader accepts. A listing line holds one event's title (at most 1,000
 * characters), date and place, so 10,000 leaves room for long paragraphs of a copied page; a
 * CSV row may carry every field at its maximum (notes: 20,000). The readers' work per line
 * grows faster than the line, so the cap is what keeps a whole file's time in proportion to
 * its size, and it refuses a runaway line (a binary blob, a minified file) at once.
 */
export const MAX_LINE_CHARS = { text: 10_000, csv: 100_000 } as const

/** One pass over the text; throws a ParseError naming the first line over `limit` characters. */
export function assertLineLengths(text: string, limit: number, what: string): void {
  let line = 1
  let start = 0
  const n = text.length
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10
    if (c !== 10 && c !== 13) continue
    if (i - start > limit) {
      throw new ParseError(
        `this line is ${(i - start).toLocaleString('en')} characters long; ${what} lines may hold at most ` +
          `${limit.toLocaleString('en')}. Is this the right file?`,
        line
      )
    }
    if (c === 13 && i + 1 < n && text.charCodeAt(i + 1) === 10) i++
    line++
    start = i + 1
  }
}

/**
 * assertLineLengths for text that arrives in pieces: the line being read and its length are
 * carried from one piece to the next, so a runaway line is refused as soon as it runs over,
 * with its number in the file.
 */
export class LineLengthGuard {
  private line = 1
  private length = 0
  private afterCr = false

  constructor(
    private readonly limit: number,
    private readonly what: string
  ) {}

  feed(text: string): void {
    const n = text.length
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c === 10 || c === 13) {
        // The LF of a CRLF split between two pieces ends no further line.
        if (!(c === 10 && this.afterCr)) this.endLine()
        this.afterCr = c === 13
        continue
      }
      this.afterCr = false
      this.length++
      if (this.length > this.limit) {
        throw new ParseError(
          `this line is more than ${this.limit.toLocaleString('en')} characters long; ${this.what} lines may hold at most ` +
            `${this.limit.toLocaleString('en')}. Is this the right file?`,
          this.line
        )
      }
    }
  }

  private endLine(): void {
    this.line++
    this.length = 0
  }
}
