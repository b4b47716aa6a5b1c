import { perRow, type RuleRunner } from './types'

// Tag names are unique regardless of case (the tags table uses NOCASE), so compare the same way.
const key = (tag: string): string => tag.trim().toLowerCase()

export function addTagsRunner(tags: readonly string[]): RuleRunner {
  const wanted = tags.map((t) => t.trim())
  return perRow(true, (row) => {
    const present = new Set(row.tags.map(key))
    const missing = wanted.filter((t) => !present.has(key(t)) && present.add(key(t)))
    return missing.length > 0 ? { tags: [...row.tags, ...missing] } : null
  })
}

export function removeTagsRunner(tags: readonly string[]): RuleRunner {
  const unwanted = new Set(tags.map(key))
  return perRow(true, (row) => {
    const kept = row.tags.filter((t) => !unwanted.has(key(t)))
    return kept.length !== row.tags.length ? { tags: kept } : null
  })
}

/** Same tags, ignoring order and case. */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false
  const set = new Set(a.map(key))
  return b.every((t) => set.has(key(t)))
}
