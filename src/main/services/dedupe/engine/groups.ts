import type { DuplicatePair } from '../types'

/**
 * Records linked by pairs, as connected components: when A~B and B~C the archivist reviews
 * A, B and C together. Components are returned largest first, ids ascending within each.
 */
export function groupPairs(pairs: readonly Pick<DuplicatePair, 'a' | 'b'>[]): number[][] {
  const parent = new Map<number, number>()
  const find = (id: number): number => {
    let root = id
    while (parent.get(root) !== root) root = parent.get(root)!
    let node = id
    while (node !== root) {
      const next = parent.get(node)!
      parent.set(node, root)
      node = next
    }
    return root
  }
  for (const { a, b } of pairs) {
    if (!parent.has(a)) parent.set(a, a)
    if (!parent.has(b)) parent.set(b, b)
    const rootA = find(a)
    const rootB = find(b)
    if (rootA !== rootB) parent.set(Math.max(rootA, rootB), Math.min(rootA, rootB))
  }
  const components = new Map<number, number[]>()
  for (const id of parent.keys()) {
    const root = find(id)
    const members = components.get(root)
    if (members) members.push(id)
    else components.set(root, [id])
  }
  return [...components.values()]
    .map((members) => members.sort((x, y) => x - y))
    .sort((x, y) => y.length - x.length || x[0] - y[0])
}

/** One line for a pair, e.g. "same dates; titles 92% alike; same city". */
export function describePair(pair: Pick<DuplicatePair, 'reasons'>): string {
  return pair.reasons.join('; ')
}
