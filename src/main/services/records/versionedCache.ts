import type { Db } from '../../db/open'

/**
 * A version of the collection's content: changes whenever this connection writes anything
 * (total_changes) or another connection commits (data_version: the CLI, a second window).
 * Results cached under one version are exact until it moves.
 */
export function dataVersion(db: Db): string {
  return `${db.pragma('data_version', { simple: true }) as number}:${db.prepare('SELECT total_changes()').pluck().get() as number}`
}

/**
 * Results of expensive reads (counts, sorted id lists, facet counts) per database, kept while
 * the data is unchanged: scrolling re-asks the same count for every page, and the facets of
 * the whole collection are asked for again each time the archivist comes back to it.
 */
export class VersionedCache<T> {
  private readonly entries = new WeakMap<Db, Map<string, { version: string; value: T }>>()

  constructor(private readonly capacity: number) {}

  get(db: Db, key: string, compute: () => T): T {
    let map = this.entries.get(db)
    if (!map) this.entries.set(db, (map = new Map()))
    const version = dataVersion(db)
    const hit = map.get(key)
    map.delete(key)
    if (hit && hit.version === version) {
      map.set(key, hit)
      return hit.value
    }
    const value = compute()
    map.set(key, { version, value })
    // Least recently used first in insertion order.
    while (map.size > this.capacity) map.delete(map.keys().next().value!)
    return value
  }
}
