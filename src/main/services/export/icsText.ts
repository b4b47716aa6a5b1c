/** RFC 5545 text rules: value escaping (3.3.11) and content-line folding (3.1). */

export const CRLF = '\r\n'
const MAX_LINE_OCTETS = 75

// TEXT may not hold control characters other than HTAB (3.3.11); newlines are escaped before this runs.
const CONTROL_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f]/g
const NEEDS_ESCAPE = /[\\;,]/g
const LINE_BREAK = /\r\n|\r|\n/g
const NEEDS_ANY_CHANGE = /[\\;,\x00-\x08\x0a-\x1f\x7f]/

/** Escapes a TEXT value: backslash, semicolon, comma, and line breaks as `\n`. */
export function escapeText(value: string): string {
  // Most values need nothing; one scan is cheaper than three replaces on every field of a million events.
  if (!NEEDS_ANY_CHANGE.test(value)) return value
  return value.replace(NEEDS_ESCAPE, '\\$&').replace(LINE_BREAK, '\\n').replace(CONTROL_CHARACTERS, '')
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  // Lone surrogates are encoded as U+FFFD (3 octets) by Node, same as the BMP.
  if (codePoint < 0x10000) return 3
  return 4
}

/**
 * Folds a content line so no physical line exceeds 75 octets (CRLF excluded). Counts UTF-8
 * octets, not characters, and breaks only between code points so a multi-byte character is
 * never split (readers that unfold by octets would otherwise produce mojibake).
 * The leading space of a continuation line counts towards its 75 octets.
 */
export function foldLine(line: string): string {
  // Fast path: every UTF-16 unit is at most 3 octets, so short lines never need the scan.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line
  if (Buffer.byteLength(line, 'utf8') <= MAX_LINE_OCTETS) return line
  let folded = ''
  let octets = 0
  for (const character of line) {
    const size = utf8Length(character.codePointAt(0)!)
    if (octets + size > MAX_LINE_OCTETS) {
      folded += CRLF + ' '
      octets = 1
    }
    folded += character
    octets += size
  }
  return folded
}

/** `NAME:value` (or `NAME;PARAM=x:value`), folded, with its CRLF. */
export function contentLine(nameAndParameters: string, value: string): string {
  return foldLine(`${nameAndParameters}:${value}`) + CRLF
}
