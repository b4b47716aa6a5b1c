/**
 * Where a JSON text goes wrong, and where the elements of its records list sit.
 * JSON.parse in this Node reports neither line nor column (often not even an offset), so
 * after it fails this scanner finds the first error itself. It is iterative, so deeply
 * nested input cannot overflow the stack.
 */

export interface JsonSyntaxProblem {
  offset: number
  problem: string
}

/** What the scanner expects next. */
const Mode = { Value: 0, ValueOrClose: 1, Key: 2, KeyOrClose: 3, Colon: 4, AfterValue: 5 } as const
type Mode = (typeof Mode)[keyof typeof Mode]

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERALS = ['true', 'false', 'null'] as const

export function findJsonSyntaxProblem(text: string): JsonSyntaxProblem | null {
  const stack: number[] = [] // char codes of the open brackets: { or [
  let mode: Mode = Mode.Value
  let pos = 0
  const n = text.length
  for (;;) {
    while (pos < n && isJsonSpace(text.charCodeAt(pos))) pos++
    if (pos >= n) {
      if (stack.length === 0 && mode === Mode.AfterValue) return null
      return { offset: n, problem: 'the file ends in the middle of the JSON' }
    }
    const c = text[pos]
    switch (mode) {
      case Mode.ValueOrClose:
      case Mode.Value:
        if (mode === Mode.ValueOrClose && c === ']') {
          stack.pop()
          pos++
          mode = Mode.AfterValue
        } else if (c === '{') {
          stack.push(123)
          pos++
          mode = Mode.KeyOrClose
        } else if (c === '[') {
          stack.push(91)
          pos++
          mode = Mode.ValueOrClose
        } else {
          const end = scanScalar(text, pos)
          if (typeof end !== 'number') return end
          pos = end
          mode = Mode.AfterValue
        }
        break
      case Mode.KeyOrClose:
      case Mode.Key:
        if (mode === Mode.KeyOrClose && c === '}') {
          stack.pop()
          pos++
          mode = Mode.AfterValue
        } else if (c === '"') {
          const end = scanString(text, pos)
          if (typeof end !== 'number') return end
          pos = end
          mode = Mode.Colon
        } else {
          return { offset: pos, problem: `expected a property name in double quotes, found ${describeChar(c)}` }
        }
        break
      case Mode.Colon:
        if (c !== ':') return { offset: pos, problem: `expected ':' after the property name, found ${describeChar(c)}` }
        pos++
        mode = Mode.Value
        break
      case Mode.AfterValue: {
        const top = stack[stack.length - 1]
        if (top === undefined) return { offset: pos, problem: `unexpected ${describeChar(c)} after the end of the JSON value` }
        const close = top === 123 ? '}' : ']'
        if (c === ',') {
          pos++
          mode = top === 123 ? Mode.Key : Mode.Value
        } else if (c === close) {
          stack.pop()
          pos++
        } else {
          return { offset: pos, problem: `expected ',' or '${close}', found ${describeChar(c)}` }
        }
        break
      }
    }
  }
}

function scanScalar(text: string, pos: number): number | JsonSyntaxProblem {
  const c = text[pos]
  if (c === '"') return scanString(text, pos)
  NUMBER.lastIndex = pos
  if (NUMBER.test(text)) return NUMBER.lastIndex
  for (const literal of LITERALS) if (text.startsWith(literal, pos)) return pos + literal.length
  if (c === ']' || c === '}') return { offset: pos, problem: `unexpected ${describeChar(c)}: a value is missing (a comma too many?)` }
  return { offset: pos, problem: `expected a value, found ${describeChar(c)}` }
}

function scanString(text: string, open: number): number | JsonSyntaxProblem {
  const n = text.length
  for (let i = open + 1; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 34) return i + 1
    if (c === 92) {
      const next = text[i + 1]
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, problem: 'a \\u escape needs four hex digits' }
        i += 5
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++
      else return { offset: i, problem: `invalid escape ${describeChar('\\' + (next ?? ''))} in a string` }
    } else if (c < 0x20) {
      return { offset: i, problem: 'a line break or control character inside a string (a closing quote missing?)' }
    }
  }
  return { offset: open, problem: 'a string opens here and never closes' }
}

function isJsonSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13
}

function describeChar(c: string): string {
  if (c === '\n' || c === '\r') return 'a line break'
  return `'${c}'`
}

export interface Span {
  start: number
  end: number
}

/**
 * Spans of the elements of the list that holds the records: the root array, or the array
 * under the root object's "records" key. Only for text JSON.parse has accepted.
 */
export function recordElementSpans(text: string): Span[] {
  const open = findRecordsArray(text)
  return open < 0 ? [] : elementSpans(text, open)
}

function findRecordsArray(text: string): number {
  let i = skipSpace(text, 0)
  if (text[i] === '[') return i
  let depth = 0
  for (; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const end = skipString(text, i)
      // A string at depth 1 followed by ':' is a key of the root object.
      if (depth === 1 && text.slice(i, end) === '"records"') {
        const colon = skipSpace(text, end)
        if (text[colon] === ':') {
          const value = skipSpace(text, colon + 1)
          return text[value] === '[' ? value : -1
        }
      }
      i = end - 1
    } else if (c === '{' || c === '[') depth++
    else if (c === '}' || c === ']') depth--
  }
  return -1
}

function elementSpans(text: string, open: number): Span[] {
  const spans: Span[] = []
  let depth = 0
  let start = -1
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]
    if (start < 0 && !isJsonSpace(text.charCodeAt(i)) && c !== ',' && !(depth === 0 && c === ']')) start = i
    if (c === '"') i = skipString(text, i) - 1
    else if (c === '{' || c === '[') depth++
    else if ((c === '}' || c === ']') && depth > 0) depth--
    else if (depth === 0 && (c === ',' || c === ']')) {
      if (start >= 0) spans.push({ start, end: trimEnd(text, i) })
      start = -1
      if (c === ']') break
    }
  }
  return spans
}

function skipString(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 92) i++
    else if (c === 34) return i + 1
  }
  return text.length
}

function skipSpace(text: string, from: number): number {
  let i = from
  while (i < text.length && isJsonSpace(text.charCodeAt(i))) i++
  return i
}

function trimEnd(text: string, end: number): number {
  let i = end
  while (i > 0 && isJsonSpace(text.charCodeAt(i - 1))) i--
  return i
}
