import { distance } from 'fastest-levenshtein'

/** Levenshtein distance (insertions, deletions, substitutions), bit-parallel and fast. */
export function levenshtein(a: string, b: string): number {
  return distance(a, b)
}

/**
 * Levenshtein distance when it is at most `max`, otherwise `max + 1`; the length check
 * skips the work for most far-apart strings.
 */
export function boundedLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const d = distance(a, b)
  return d > max ? max + 1 : d
}

/** 1 for equal strings, 0 for nothing in common: 1 - distance / longer length. */
export function levenshteinSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length)
  if (longer === 0) return 1
  return 1 - distance(a, b) / longer
}
