import { describe, expect, it } from 'vitest'
import { ParseError } from '../types'
import { decodeInput, MAX_INPUT_BYTES } from './decode'

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text)

function expectParseError(run: () => unknown, message: RegExp, line?: number | null): ParseError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ParseError)
    expect((error as ParseError).message).toMatch(message)
    if (line !== undefined) expect((error as ParseError).line).toBe(line)
    return error as ParseError
  }
  throw new Error('expected a ParseError')
}

describe('decodeInput', () => {
  it('reads plain UTF-8 and keeps its text verbatim', () => {
    const decoded = decodeInput(utf8('Réunion à Genève\n12 mai 2010\n'))
    expect(decoded).toEqual({ text: 'Réunion à Genève\n12 mai 2010\n', encoding: 'utf-8', notices: [] })
  })

  it('strips a UTF-8 byte order mark', () => {
    const decoded = decodeInput(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title;Date')]))
    expect(decoded.text).toBe('Title;Date')
    expect(decoded.encoding).toBe('utf-8')
  })

  it('reads UTF-16 LE and BE with a byte order mark', () => {
    const text = 'Séminaire, 3–5 März 2011 €'
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))])
    expect(decodeInput(le)).toEqual({ text, encoding: 'utf-16le', notices: [] })
    const swapped = Buffer.from(text, 'utf16le').swap16()
    const be = new Uint8Array([0xfe, 0xff, ...new Uint8Array(swapped)])
    expect(decodeInput(be)).toEqual({ text, encoding: 'utf-16be', notices: [] })
  })

  it('recognises UTF-16 LE without a byte order mark by its NUL pattern', () => {
    const decoded = decodeInput(new Uint8Array(Buffer.from('Title\tDate\nMeeting\t2010\n', 'utf16le')))
    expect(decoded.encoding).toBe('utf-16le')
    expect(decoded.text).toBe('Title\tDate\nMeeting\t2010\n')
    expect(decoded.notices[0]).toMatch(/no byte order mark; read as UTF-16LE/)
  })

  it('detects Windows-1252, decodes é, ü, curly quotes and the euro sign, and says so', () => {
    // "Réunion à Zürich – “Archives” 5 €" as a Windows-1252 spreadsheet would save it.
    const bytes = new Uint8Array([
      ...utf8('Line one\n'),
      0x52, 0xe9, 0x75, 0x6e, 0x69, 0x6f, 0x6e, 0x20, 0xe0, 0x20, 0x5a, 0xfc, 0x72, 0x69, 0x63, 0x68,
      0x20, 0x96, 0x20, 0x93, 0x41, 0x72, 0x63, 0x68, 0x69, 0x76, 0x65, 0x73, 0x94, 0x20, 0x35, 0x20, 0x80
    ])
    const decoded = decodeInput(bytes, 'events.csv')
    expect(decoded.encoding).toBe('windows-1252')
    expect(decoded.text).toBe('Line one\nRéunion à Zürich – “Archives” 5 €')
    expect(decoded.notices).toHaveLength(1)
    expect(decoded.notices[0]).toMatch(/the file is not UTF-8; read as Windows-1252/)
    expect(decoded.notices[0]).toMatch(/line 2, byte offset 10/)
  })

  it('keeps a mostly UTF-8 file as UTF-8, replacing the few stray bytes', () => {
    const bytes = new Uint8Array([...utf8('Réunion à Genève, Zürich\n'), 0x45, 0xe9, 0x0a, ...utf8('Köln')])
    const decoded = decodeInput(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text).toBe('Réunion à Genève, Zürich\nE\u{FFFD}\nKöln')
    expect(decoded.notices).toEqual(['the file is UTF-8 but 1 byte is not; shown as \u{FFFD}; the first at line 2, byte offset 30; on line 2'])
  })

  it('keeps UTF-8 with more stray bytes than accented letters as UTF-8, naming the lines with bad bytes', () => {
    // One "Neuchâtel" and three stray Windows-1252 bytes pasted in from elsewhere.
    const bytes = new Uint8Array([...utf8('Forum\n12 May 2010\nNeuchâtel\n'), 0x92, 0x0a, ...utf8('Caf'), 0xe9, 0x0a, 0x96, 0x0a])
    const decoded = decodeInput(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text.split('\n')[2]).toBe('Neuchâtel')
    expect(decoded.notices[0]).toMatch(/^the file is UTF-8 but 3 bytes are not; shown as \u{FFFD}; the first at line 4, byte offset \d+; on lines 4, 5, 6$/u)
  })

  it('refuses an empty file', () => {
    expectParseError(() => decodeInput(new Uint8Array()), /^the file is empty$/, null)
  })

  it('refuses a file of only blank space or only a BOM', () => {
    expectParseError(() => decodeInput(utf8(' \n\n\t ')), /the file is empty/)
    expectParseError(() => decodeInput(new Uint8Array([0xef, 0xbb, 0xbf])), /the file is empty/)
  })

  it('refuses a binary file (a PNG header and random bytes), naming where', () => {
    const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]
    let seed = 42
    const random = Array.from({ length: 2000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff)
    const error = expectParseError(() => decodeInput(new Uint8Array([...png, ...random])), /looks binary.*NUL character.*offset 8/)
    expect(error.line).toBe(3)
  })

  it('refuses text full of control characters even without a NUL', () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41))
    expectParseError(() => decodeInput(bytes), /looks binary.*control characters/)
  })

  it('accepts a stray control character in otherwise ordinary text', () => {
    expect(decodeInput(utf8('Meeting\u0007 12 May 2010\n' + 'x'.repeat(500))).encoding).toBe('utf-8')
  })

  it('refuses input over MAX_INPUT_BYTES without reading it', () => {
    expect(MAX_INPUT_BYTES).toBe(64 * 1024 * 1024)
    expectParseError(() => decodeInput(new Uint8Array(MAX_INPUT_BYTES + 1)), /too large.*limit is 64 MB/)
  })
})
