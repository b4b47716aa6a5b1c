import { ParseError } from '../types'
import { lineAndColumnAt } from './position'

/** Share of control characters above which a file is taken for binary (text has almost none). */
const MAX_CONTROL_SHARE = 0.02
/** Only the head is measured: binary formats show themselves at once, and it keeps this cheap. */
const CONTROL_SAMPLE = 65_536

function isControl(c: number): boolean {
  // Tab, LF, VT, FF, CR are ordinary in text; so is SUB (0x1A), the old DOS end-of-file mark.
  if (c < 0x20) return c !== 9 && c !== 10 && c !== 11 && c !== 12 && c !== 13 && c !== 0x1a
  return c === 0x7f || (c >= 0x80 && c <= 0x9f)
}

/**
 * Refuses decoded text that cannot be a listing, CSV or JSON file: empty, only whitespace,
 * or binary (a NUL anywhere, or too many control characters near the start).
 */
export function assertReadableText(text: string): void {
  if (text.length === 0) throw new ParseError('the file is empty')
  if (!/\S/.test(text)) throw new ParseError('the file is empty: it holds only blank space')
  assertNotBinary(text)
}

/** The binary checks of assertReadableText: a NUL anywhere, or too many control characters near the start. */
export function assertNotBinary(text: string): void {
  const nul = text.indexOf('\u0000')
  if (nul >= 0) {
    const { line, column } = lineAndColumnAt(text, nul)
    throw new ParseError(
      `the file looks binary, not text: a NUL character at column ${column} (offset ${nul}). ` +
        'Open a text, CSV or JSON file instead',
      line
    )
  }

  const sampleEnd = Math.min(text.length, CONTROL_SAMPLE)
  let controls = 0
  let firstControl = -1
  for (let i = 0; i < sampleEnd; i++) {
    if (isControl(text.charCodeAt(i))) {
      controls++
      if (firstControl < 0) firstControl = i
    }
  }
  // A lone stray control character should not refuse a file; a few percent of them should.
  if (controls >= 3 && controls / sampleEnd > MAX_CONTROL_SHARE) {
    const { line } = lineAndColumnAt(text, firstControl)
    throw new ParseError(
      `the file looks binary, not text: ${controls} control characters in its first ${sampleEnd} ` +
        `characters, the first at offset ${firstControl}. Open a text, CSV or JSON file instead`,
      line
    )
  }
}
