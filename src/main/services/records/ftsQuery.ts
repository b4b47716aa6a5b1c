/**
 * Turns what an archivist types into a safe FTS5 query. Every word becomes a quoted prefix
 * term and every "quoted run" a quoted phrase, so FTS5 operators typed by accident
 * (NEAR, AND, *, parentheses, column filters) are searched as words, never parsed.
 * Returns null when nothing searchable remains.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = []
  const pattern = /"([^"]*)"?|(\S+)/g
  for (const match of input.matchAll(pattern)) {
    const phrase = match[1]
    if (phrase !== undefined) {
      const words = tokens(phrase)
      if (words.length > 0) terms.push(`"${words.join(' ')}"`)
    } else {
      for (const word of tokens(match[2] ?? '')) terms.push(`"${word}"*`)
    }
  }
  return terms.length > 0 ? terms.join(' ') : null
}

/** Splits on anything the unicode61 tokenizer would also split on (non letters/digits). */
function tokens(text: string): string[] {
  return text.split(/[^\p{L}\p{N}\p{M}]+/u).filter((w) => w.length > 0)
}
