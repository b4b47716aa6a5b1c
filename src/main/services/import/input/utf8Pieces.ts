import { ParseError } from '../types'
import { lineAndColumnAt } from './position'
import { assertNotBinary } from './textChecks'

/** Lines named in the notice about bytes that are not UTF-8. */
const MAX_NAMED_LINES = 10

/**
 * UTF-8 bytes decoded chunk by chunk (a character may be split between two chunks), with the
 * whole-file reader's checks made as the text goes by: a byte order mark dropped, binary input
 * refused (a NUL anywhere names its line), stray bytes read as U+FFFD and named by line in a notice.
 */
export class Utf8Pieces {
  private readonly decoder = new TextDecoder('utf-8')
  private line = 1
  private first = true
  private afterCr = false
  private stray = 0
  private readonly strayLines: number[] = []

  decode(bytes: Uint8Array): string {
    return this.check(this.decoder.decode(bytes, { stream: true }))
  }

  /** What the decoder still holds (an unfinished character at the very end is a stray byte). */
  end(): string {
    return this.check(this.decoder.decode())
  }

  get notices(): string[] {
    if (this.stray === 0) return []
    const more = this.stray > this.strayLines.length ? ', …' : ''
    return [`the file is UTF-8 but ${this.stray} byte sequence${this.stray === 1 ? ' is' : 's are'} not; shown as \u{FFFD}; on line${this.strayLines.length === 1 ? '' : 's'} ${this.strayLines.join(', ')}${more}`]
  }

  private check(text: string): string {
    if (this.first && text.length > 0) {
      this.first = false
      assertNotBinary(text)
    } else {
      const nul = text.indexOf('\u0000')
      if (nul >= 0) {
        throw new ParseError('the file looks binary, not text: it holds a NUL character. Open a text, CSV or JSON file instead', this.lineAt(text, nul))
      }
    }
    let from = text.indexOf('\ufffd')
    while (from >= 0) {
      this.stray++
      const line = this.lineAt(text, from)
      if (this.strayLines.length < MAX_NAMED_LINES && this.strayLines[this.strayLines.length - 1] !== line) this.strayLines.push(line)
      from = text.indexOf('\ufffd', from + 1)
    }
    this.countLines(text)
    return text
  }

  /** The file's line of an offset in the piece being read. */
  private lineAt(text: string, offset: number): number {
    const startsWithLf = this.afterCr && text.charCodeAt(0) === 10
    return this.line + lineAndColumnAt(startsWithLf ? text.slice(1) : text, startsWithLf ? offset - 1 : offset).line - 1
  }

  private countLines(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) {
        if (!this.afterCr) this.line++
        this.afterCr = false
      } else if (c === 13) {
        this.line++
        this.afterCr = true
      } else this.afterCr = false
    }
  }
}
