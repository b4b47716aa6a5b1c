/**
 * Windows-1252 decoding, written out by hand because Node's TextDecoder('windows-1252')
 * (ICU build here) decodes 0x80–0x9F as C1 control characters, i.e. as Latin-1, which
 * turns a spreadsheet's curly quotes, dashes and euro signs into invisible garbage.
 */

/** Code points for bytes 0x80–0x9F; the five bytes the code page leaves undefined map to themselves, as WHATWG does. */
const HIGH_CONTROL_RANGE = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0x008d, 0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
]

const CHUNK = 8192

export function decodeWindows1252(bytes: Uint8Array): string {
  // Chunked String.fromCharCode keeps this linear without building a huge argument list.
  const parts: string[] = []
  const codes = new Uint16Array(Math.min(CHUNK, bytes.length))
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length)
    for (let i = start; i < end; i++) {
      const b = bytes[i]
      codes[i - start] = b >= 0x80 && b <= 0x9f ? HIGH_CONTROL_RANGE[b - 0x80] : b
    }
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, end - start) as unknown as number[]))
  }
  return parts.join('')
}

export interface Utf8Scan {
  /** Well-formed sequences of two to four bytes: evidence the file means to be UTF-8. */
  multibyte: number
  /** Bytes that break UTF-8. */
  invalid: number
  /** Offset of the first of them, or -1. */
  firstInvalid: number
  /** The (1-based) lines holding them, the first ten. */
  invalidLines: number[]
}

/**
 * Counts well-formed and broken UTF-8 sequences. Only run after the native fatal decoder
 * has refused the input: to say where, and whether the file is UTF-8 with a few stray bytes
 * (mixed sources pasted together) or a legacy code page throughout.
 */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multibyte: 0, invalid: 0, firstInvalid: -1, invalidLines: [] }
  const n = bytes.length
  let line = 1
  let i = 0
  while (i < n) {
    const b = bytes[i]
    if (b < 0x80) {
      if (b === 0x0a) line++
      i++
      continue
    }
    const length = sequenceLength(bytes, i)
    if (length > 0) {
      scan.multibyte++
      i += length
    } else {
      if (scan.firstInvalid < 0) scan.firstInvalid = i
      const lines = scan.invalidLines
      if (lines.length < 10 && lines[lines.length - 1] !== line) lines.push(line)
      scan.invalid++
      i++
    }
  }
  return scan
}

/** Length of the well-formed multi-byte sequence starting at i, or 0 when it is broken. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i]
  let need: number
  let min: number
  if (b >= 0xc2 && b <= 0xdf) {
    need = 1
    min = 0x80
  } else if (b >= 0xe0 && b <= 0xef) {
    need = 2
    min = 0x800
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3
    min = 0x10000
  } else return 0
  let cp = b & (0x3f >> need)
  for (let k = 1; k <= need; k++) {
    const c = bytes[i + k]
    if (c === undefined || (c & 0xc0) !== 0x80) return 0
    cp = (cp << 6) | (c & 0x3f)
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0
  return need + 1
}
