/** 1-based line and column of a character offset; a CRLF counts as one line break, a lone CR as one too. */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  const end = Math.min(offset, text.length)
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      line++
      lineStart = i + 1
    } else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++
      line++
      lineStart = i + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}

/** Number of non-blank lines, for messages such as "none of the 12 lines has a date". */
export function countNonBlankLines(text: string): number {
  let count = 0
  for (const line of text.split(/\r\n|\r|\n/)) if (line.trim() !== '') count++
  return count
}
