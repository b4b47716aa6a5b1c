import { boundedLevenshtein } from '../similarity/levenshtein'

/** Blocks larger than this are compared by sorted neighbourhood instead of in full. */
const MAX_FULL_BLOCK = 200
const NEIGHBOUR_WINDOW = 40
/** How many characters of each end are used as blocking keys. */
const AFFIX_LENGTH = 2

/**
 * Pairs of strings within `maxDistance` edits, without comparing all pairs. Two strings
 * within one or two edits of each other almost always keep their first two or their last
 * two characters, so each string is blocked by its prefix and by its suffix; inside a block
 * only strings of compatible length are compared, and a block too big to compare in full
 * is compared by sorted neighbourhood (alphabetical order, a fixed window). The price: a pair
 * edited at both ends, or far apart in a huge block, is missed, which is acceptable for a
 * clustering *suggestion*.
 */
export function nearNeighbourPairs(strings: readonly string[], maxDistance: number): [number, number][] {
  const blocks = new Map<string, number[]>()
  const add = (key: string, index: number): void => {
    const members = blocks.get(key)
    if (members) members.push(index)
    else blocks.set(key, [index])
  }
  strings.forEach((text, index) => {
    if (text.length === 0) return
    add(`<${text.slice(0, AFFIX_LENGTH)}`, index)
    add(`>${text.slice(-AFFIX_LENGTH)}`, index)
  })

  // Only matches are remembered: a pair compared twice (prefix and suffix block) costs a
  // second comparison, which is cheaper than remembering every pair ever compared.
  const matched = new Set<number>()
  const pairs: [number, number][] = []
  const consider = (i: number, j: number): void => {
    if (boundedLevenshtein(strings[i], strings[j], maxDistance) > maxDistance) return
    const [low, high] = i < j ? [i, j] : [j, i]
    const pairKey = low * strings.length + high
    if (matched.has(pairKey)) return
    matched.add(pairKey)
    pairs.push([low, high])
  }
  for (const members of blocks.values()) {
    if (members.length < 2) continue
    if (members.length <= MAX_FULL_BLOCK) {
      // Sorting by length lets the inner loop stop once lengths differ by more than maxDistance.
      members.sort((x, y) => strings[x].length - strings[y].length)
      for (let m = 0; m < members.length; m++) {
        const length = strings[members[m]].length
        for (let n = m + 1; n < members.length; n++) {
          if (strings[members[n]].length - length > maxDistance) break
          consider(members[m], members[n])
        }
      }
      continue
    }
    members.sort((x, y) => (strings[x] < strings[y] ? -1 : strings[x] > strings[y] ? 1 : 0))
    for (let m = 0; m < members.length; m++) {
      const end = Math.min(members.length, m + 1 + NEIGHBOUR_WINDOW)
      for (let n = m + 1; n < end; n++) consider(members[m], members[n])
    }
  }
  return pairs
}
