import { ParseError } from '../types'
import { assertReadableText } from './textChecks'
import { decodeWindows1252, scanUtf8 } from './windows1252'

/** Largest input accepted: well above a 50 MB listing, well below what would stall the main process. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252'

export interface DecodedInput {
  text: string
  encoding: InputEncoding
  /** Things the archivist should know about how the bytes were read. */
  notices: string[]
}

const MEGABYTE = 1024 * 1024

export function assertInputSize(size: number, unit: 'bytes' | 'characters' = 'bytes'): void {
  if (size > MAX_INPUT_BYTES) {
    const mb = (size / MEGABYTE).toFixed(1)
    throw new ParseError(
      `the file is too large to import at once (${mb} MB of ${unit}; the limit is ${MAX_INPUT_BYTES / MEGABYTE} MB). ` +
        'Split it into smaller files'
    )
  }
}

/**
 * Turns a file's bytes into text: strips a byte order mark, reads UTF-8, UTF-16 (with a BOM,
 * or without one when the NUL pattern gives it away), and falls back to Windows-1252 for
 * files that are not valid UTF-8 (old spreadsheet exports), saying so in a notice.
 * Refuses empty, binary and oversized input with a ParseError.
 */
export function decodeInput(bytes: Uint8Array, fileName?: string): DecodedInput {
  if (bytes.length === 0) throw new ParseError('the file is empty')
  assertInputSize(bytes.length)

  const decoded = decodeBytes(bytes)
  if (fileName && decoded.encoding === 'windows-1252') {
    decoded.notices[0] = `${fileName}: ${decoded.notices[0]}`
  }
  assertReadableText(decoded.text)
  return decoded
}

function decodeBytes(bytes: Uint8Array): DecodedInput {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeUtf8OrLegacy(bytes.subarray(3))
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', notices: [] }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', notices: [] }
  }
  const guessed = guessUtf16WithoutBom(bytes)
  if (guessed) {
    return {
      text: decodeUtf16(bytes, guessed),
      encoding: guessed,
      notices: [`the file has no byte order mark; read as ${guessed.toUpperCase()}`]
    }
  }
  return decodeUtf8OrLegacy(bytes)
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  // ignoreBOM keeps a second BOM (a concatenated file) visible rather than silently eaten; strip ours ourselves.
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes)
}

function decodeUtf8OrLegacy(bytes: Uint8Array): DecodedInput {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
    return { text, encoding: 'utf-8', notices: [] }
  } catch {
    const scan = scanUtf8(bytes)
    const where = scan.firstInvalid >= 0 ? describeOffset(bytes, scan.firstInvalid) : 'an unknown place'
    // Well-formed UTF-8 sequences are evidence of UTF-8 (a Windows-1252 file almost never
    // forms one), so UTF-8 with some stray bytes stays UTF-8: reading it all as Windows-1252
    // would garble every accented letter ("NeuchÃ¢tel"). Only the stray bytes are marked.
    if (scan.multibyte > 0 && scan.invalid <= 10 * scan.multibyte) {
      const lines = scan.invalidLines.join(', ') + (scan.invalid > scan.invalidLines.length && scan.invalidLines.length === 10 ? ', …' : '')
      return {
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
        encoding: 'utf-8',
        notices: [
          `the file is UTF-8 but ${scan.invalid} byte${scan.invalid === 1 ? ' is' : 's are'} not; ` +
            `shown as \u{FFFD}; the first at ${where}; on line${scan.invalidLines.length === 1 ? '' : 's'} ${lines}`
        ]
      }
    }
    return {
      text: decodeWindows1252(bytes),
      encoding: 'windows-1252',
      notices: [`the file is not UTF-8; read as Windows-1252 (the first byte that is not UTF-8 is at ${where}). Check accented letters in the preview`]
    }
  }
}

function describeOffset(bytes: Uint8Array, offset: number): string {
  let line = 1
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++
  return `line ${line}, byte offset ${offset}`
}

/**
 * UTF-16 text of mostly ASCII has a NUL in every other byte; binary files have NULs too but
 * not in such a regular pattern. Only the head is looked at.
 */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros / pairs > 0.4 && evenZeros / pairs < 0.02) return 'utf-16le'
  if (evenZeros / pairs > 0.4 && oddZeros / pairs < 0.02) return 'utf-16be'
  return null
}
