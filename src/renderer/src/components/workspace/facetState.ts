import { formatDateTime } from '../../format'
import { shallowRef, watch } from 'vue'
import type { WorkspaceFacets } from '../../../../shared/contracts/workspace'

/** The latest facet counts, shared by the panel (which fetches them) and the chips (which label filters with them). */
export const latestFacets = shallowRef<WorkspaceFacets | null>(null)

/**
 * Names seen in any facet answer so far: a chosen country that no record matches any more
 * (after a trash, or under another filter) keeps its name on its chip.
 */
const countryNames = new Map<string, string>()
const batchFiles = new Map<number, string>()
watch(latestFacets, (facets) => {
  for (const c of facets?.countries ?? []) if (c.value && c.name) countryNames.set(c.value, c.name)
  for (const b of facets?.batches ?? []) if (b.fileName) batchFiles.set(b.value, b.fileName)
})

export function countryLabel(code: string): string {
  const name = countryNames.get(code)
  return name ? `${name} (${code})` : code
}

export function batchLabel(id: number): string {
  return batchFiles.get(id) ?? `batch ${id}`
}

/** Kept for its callers: the app's one date-and-time format (format.ts). */
export const formatWhen = (iso: string | null): string => formatDateTime(iso)
