import { foldWords } from './fold'
import { isStopWord } from './stopWords'

/**
 * The words of a title that carry meaning: folded, stop words dropped, each kept once in
 * the order first seen. A title made only of stop words keeps them all, so it is never empty
 * unless the title has no letters or digits at all.
 */
export function titleTokens(title: string): string[] {
  const words = foldWords(title)
  const seen = new Set<string>()
  const kept: string[] = []
  for (const word of words) {
    if (isStopWord(word) || seen.has(word)) continue
    seen.add(word)
    kept.push(word)
  }
  if (kept.length > 0 || words.length === 0) return kept
  return [...new Set(words)]
}
