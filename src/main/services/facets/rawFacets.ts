import type { Db } from '../../db/open'
import type { FacetCount, WorkspaceFacets } from '../../../shared/contracts/workspace'
import { countryName } from '../import/place'

/** Facet counts as the three ways of counting produce them, before sorting and labelling. */
export interface RawFacets {
  total: number
  years: Map<number | null, number>
  countries: Map<string | null, number>
  cities: Map<string | null, number>
  /** By tag id. */
  tags: Map<number, number>
  untagged: number
  batches: Map<number, number>
  warnings: { with: number; without: number }
  place: { missing: number; present: number }
  status: { active: number; trashed: number }
}

export function emptyRaw(): RawFacets {
  return {
    total: 0, years: new Map(), countries: new Map(), cities: new Map(), tags: new Map(), untagged: 0, batches: new Map(),
    warnings: { with: 0, without: 0 }, place: { missing: 0, present: 0 }, status: { active: 0, trashed: 0 }
  }
}

export const bump = <K>(map: Map<K, number>, key: K, n = 1): void => void map.set(key, (map.get(key) ?? 0) + n)

/** Most frequent first; ties by value, the blank entry first as SQLite orders NULL. */
function ranked<K extends string | number | null>(map: Map<K, number>): FacetCount<K>[] {
  return [...map]
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value === null ? -1 : b.value === null ? 1 : a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
}

/** Sorts, trims to `limit` and labels (country names, batch files, tag names). */
export function finishFacets(db: Db, raw: RawFacets, limit: number): WorkspaceFacets {
  const years = [...raw.years].filter(([y, n]) => y !== null && n > 0).map(([value, count]) => ({ value: value as number, count })).sort((a, b) => a.value - b.value)
  const cities = ranked(raw.cities)
  const tagRanks = ranked(raw.tags)
  const tagNames = namesOf(db, 'SELECT id, name FROM tags WHERE id IN', tagRanks.map((t) => t.value))
  const tags = tagRanks
    .map((t) => ({ value: tagNames.get(t.value) ?? `#${t.value}`, count: t.count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, undefined, { sensitivity: 'base' }))
  const batchIds = [...raw.batches.keys()].sort((a, b) => a - b)
  const batchRows = namesOf(db, "SELECT id, json_array(file_name, created_at) FROM import_batches WHERE id IN", batchIds)
  return {
    total: raw.total,
    years,
    undated: raw.years.get(null) ?? 0,
    countries: ranked(raw.countries).map((c) => ({ ...c, name: c.value ? (countryName(c.value) ?? null) : null })),
    cities: cities.slice(0, limit),
    citiesTotal: cities.filter((c) => c.value !== null).length,
    tags: tags.slice(0, limit),
    untagged: raw.untagged,
    tagsTotal: tags.length,
    batches: batchIds
      .filter((id) => (raw.batches.get(id) ?? 0) > 0)
      .map((id) => {
        const [fileName, createdAt] = JSON.parse(batchRows.get(id) ?? '[null, null]') as [string | null, string | null]
        return { value: id, count: raw.batches.get(id)!, fileName, createdAt }
      }),
    warnings: raw.warnings,
    place: raw.place,
    status: raw.status
  }
}

function namesOf(db: Db, select: string, ids: number[]): Map<number, string> {
  const names = new Map<number, string>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const rows = db.prepare(`${select} (${chunk.map(() => '?').join(',')})`).raw().all(...chunk) as [number, string][]
    for (const [id, name] of rows) names.set(id, name)
  }
  return names
}
