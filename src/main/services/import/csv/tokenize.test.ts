import { describe, expect, it } from 'vitest'
import { tokenizeCsv } from './tokenize'

describe('tokenizeCsv', () => {
  it('splits rows and fields and records each row’s physical line', () => {
    const { rows } = tokenizeCsv('a,b\r\nc,d\n\ne,f', ',')
    expect(rows.map((r) => [r.fields, r.line])).toEqual([
      [['a', 'b'], 1],
      [['c', 'd'], 2],
      [[''], 3],
      [['e', 'f'], 4]
    ])
  })

  it('reads quoted fields with delimiters, doubled quotes and line breaks', () => {
    const text = 'x,"one, two","say ""hi""","multi\r\nline\nfield"\nnext,row'
    const { rows } = tokenizeCsv(text, ',')
    expect(rows[0].fields).toEqual(['x', 'one, two', 'say "hi"', 'multi\r\nline\nfield'])
    expect(rows[1]).toMatchObject({ fields: ['next', 'row'], line: 4 })
    expect(text.slice(rows[0].start, rows[0].end)).toBe('x,"one, two","say ""hi""","multi\r\nline\nfield"')
  })

  it('counts a lone CR as a line break', () => {
    expect(tokenizeCsv('a\rb\rc', ',').rows.map((r) => r.line)).toEqual([1, 2, 3])
  })

  it('allows spaces before a quote and keeps text after a closing quote', () => {
    expect(tokenizeCsv('a, "b, c" ,"d"e', ',').rows[0].fields).toEqual(['a', 'b, c ', 'de'])
  })

  it('reads a quote that never closes as plain text and says where', () => {
    const { rows, notices } = tokenizeCsv('a,b\n"unclosed,c\nd,e', ',')
    expect(rows.map((r) => r.fields)).toEqual([['a', 'b'], ['"unclosed', 'c'], ['d', 'e']])
    expect(notices).toEqual(['line 2: a quote opens a field but never closes; the field was read as plain text'])
  })
})
