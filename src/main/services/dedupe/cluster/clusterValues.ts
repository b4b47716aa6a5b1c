import { foldCharacters } from '../normalize/fold'
import { fingerprintKey, ngramFingerprintKey } from './openRefineKeys'
import { phoneticKey } from './phoneticKey'
import { nearNeighbourPairs } from './nearestNeighbours'

export type ClusterMethod = 'fingerprint' | 'ngram-fingerprint' | 'phonetic' | 'levenshtein'

export interface ValueCount {
  value: string
  count: number
}

export interface ValueCluster {
  /** What the values have in common: the shared key, or the central value for levenshtein. */
  key: string
  /** The distinct values, most frequent first. */
  values: ValueCount[]
  /** Records covered by the cluster (sum of counts). */
  total: number
  /** The value to merge into: the most frequent one. */
  suggested: string
}

export interface ClusterOptions {
  /** N-gram size for 'ngram-fingerprint' (OpenRefine's default is 2). */
  ngramSize?: number
  /** Largest edit distance for 'levenshtein' (OpenRefine's default radius is 1). */
  maxDistance?: number
}

/**
 * OpenRefine-style clustering of a column's distinct values. Key-collision methods group
 * values with equal keys; 'levenshtein' groups values within a few edits of each other.
 * Only clusters of two or more distinct values are returned, largest first.
 */
export function clusterValues(
  values: readonly ValueCount[],
  method: ClusterMethod,
  options: ClusterOptions = {}
): ValueCluster[] {
  const distinct = mergeDuplicates(values)
  const groups =
    method === 'levenshtein'
      ? levenshteinGroups(distinct, options.maxDistance ?? 1)
      : keyGroups(distinct, keyerFor(method, options.ngramSize ?? 2))
  return groups
    .filter((group) => group.members.length >= 2)
    .map(({ key, members }) => toCluster(key, members))
    .sort((x, y) => y.values.length - x.values.length || y.total - x.total || (x.key < y.key ? -1 : 1))
}

function keyerFor(method: Exclude<ClusterMethod, 'levenshtein'>, ngramSize: number): (value: string) => string {
  if (method === 'fingerprint') return fingerprintKey
  if (method === 'ngram-fingerprint') return (value) => ngramFingerprintKey(value, ngramSize)
  return phoneticKey
}

/** Adds up counts of values listed more than once; drops blank values. */
function mergeDuplicates(values: readonly ValueCount[]): ValueCount[] {
  const totals = new Map<string, number>()
  for (const { value, count } of values) {
    if (value.trim() === '') continue
    totals.set(value, (totals.get(value) ?? 0) + count)
  }
  return [...totals].map(([value, count]) => ({ value, count }))
}

interface Group {
  key: string
  members: ValueCount[]
}

function keyGroups(values: readonly ValueCount[], keyOf: (value: string) => string): Group[] {
  const byKey = new Map<string, ValueCount[]>()
  for (const entry of values) {
    const key = keyOf(entry.value)
    // A value with no letters or digits has an empty key; lumping all of those together helps no one.
    if (key === '') continue
    const members = byKey.get(key)
    if (members) members.push(entry)
    else byKey.set(key, [entry])
  }
  return [...byKey].map(([key, members]) => ({ key, members }))
}

/**
 * Star clusters: the most frequent value not yet taken gathers its untaken neighbours. Unlike
 * connected components this cannot chain `Bari` - `Bara` - `Bora` - `Bern` into one cluster.
 */
function levenshteinGroups(values: readonly ValueCount[], maxDistance: number): Group[] {
  // Case and diacritics are not edits worth counting.
  const folded = values.map((entry) => foldCharacters(entry.value).trim().replace(/\s+/g, ' '))
  const neighbours = new Map<number, number[]>()
  const link = (i: number, j: number): void => {
    const list = neighbours.get(i)
    if (list) list.push(j)
    else neighbours.set(i, [j])
  }
  for (const [i, j] of nearNeighbourPairs(folded, maxDistance)) {
    link(i, j)
    link(j, i)
  }
  const order = [...neighbours.keys()].sort((x, y) => values[y].count - values[x].count || x - y)
  const taken = new Uint8Array(values.length)
  const groups: Group[] = []
  for (const centre of order) {
    if (taken[centre]) continue
    taken[centre] = 1
    const members = [values[centre]]
    for (const other of neighbours.get(centre) ?? []) {
      if (taken[other]) continue
      taken[other] = 1
      members.push(values[other])
    }
    groups.push({ key: folded[centre], members })
  }
  return groups
}

function toCluster(key: string, members: ValueCount[]): ValueCluster {
  const sorted = [...members].sort((x, y) => y.count - x.count || (x.value < y.value ? -1 : 1))
  const total = sorted.reduce((sum, entry) => sum + entry.count, 0)
  return { key, values: sorted, total, suggested: sorted[0].value }
}
