import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import { api, messageOf } from '../api'
import type { EventRecord } from '../../../shared/record'
import type { RecordFilters, RecordScope, SortField } from '../../../shared/query'

export const PAGE_SIZE = 100

/**
 * The records the grid shows: a query (view, search, filters, sort), its total, and the pages
 * fetched so far. The renderer never holds the whole collection: rows arrive page by page.
 */
export const useCollectionStore = defineStore('collection', () => {
  const view = ref<'records' | 'trash'>('records')
  const search = ref('')
  const filters = ref<RecordFilters>({})
  const sort = ref<{ field: SortField; direction: 'asc' | 'desc' }>({ field: 'startDate', direction: 'desc' })
  const total = ref(0)
  const loaded = ref(false)
  const error = ref<string | null>(null)
  const pages = shallowRef(new Map<number, EventRecord[]>())
  const selected = ref(new Set<number>())
  /** "Select all N matching": the selection is the whole current search and filters, not a list of ids. */
  const allMatching = ref(false)
  const activeIndex = ref(-1)
  /** Counts the queries whose first page arrived: facets and charts refresh after the grid, never before it. */
  const settled = ref(0)
  let generation = 0
  const inflight = new Set<number>()

  const scope = computed<RecordScope>(() => ({
    search: search.value.trim() || undefined,
    status: view.value === 'trash' ? 'trashed' : 'active',
    filters: filters.value
  }))

  async function fetchPage(page: number): Promise<void> {
    if (inflight.has(page)) return
    inflight.add(page)
    const mine = generation
    try {
      const result = await api.recordsQuery({ ...scope.value, sort: sort.value, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
      if (mine !== generation) return
      pages.value.set(page, result.rows)
      total.value = result.total
      error.value = null
      triggerRef(pages)
    } catch (e) {
      if (mine === generation) error.value = messageOf(e)
    } finally {
      inflight.delete(page)
      loaded.value = true
    }
  }

  /** Drops every cached page and fetches the first again (after a change or a new query). */
  async function reload(keepSelection = true): Promise<void> {
    generation++
    inflight.clear()
    pages.value = new Map()
    if (!keepSelection) {
      selected.value = new Set()
      allMatching.value = false
    }
    await fetchPage(0)
    settled.value++
  }

  function rowAt(index: number): EventRecord | undefined {
    const page = Math.floor(index / PAGE_SIZE)
    const rows = pages.value.get(page)
    if (!rows) {
      void fetchPage(page)
      return undefined
    }
    return rows[index % PAGE_SIZE]
  }

  function setView(next: 'records' | 'trash'): void {
    view.value = next
    activeIndex.value = -1
    void reload(false)
  }

  function setSort(field: SortField): void {
    sort.value = sort.value.field === field ? { field, direction: sort.value.direction === 'asc' ? 'desc' : 'asc' } : { field, direction: 'asc' }
    void reload()
  }

  function setSearch(text: string): void {
    // The search box sets its text on Enter and again when its typing pause ends: the second,
    // unchanged, must not reload and drop what was selected in between (a row clicked open).
    if (text === search.value) return
    search.value = text
    activeIndex.value = -1
    void reload(false)
  }

  /** Replaces the filters (a facet choice, a chart click, a chip removed); the selection no longer applies. */
  function setFilters(next: RecordFilters): void {
    filters.value = withoutEmpty(next)
    activeIndex.value = -1
    void reload(false)
  }

  function clearFilters(): void {
    setFilters({})
  }

  const filterCount = computed(() => Object.keys(filters.value).length)

  /** What bulk actions apply to: the chosen ids, or every record matching (with the count the user saw). */
  const selectionTarget = computed<{ kind: 'ids'; ids: number[] } | { kind: 'scope'; scope: RecordScope; count: number } | null>(() => {
    if (allMatching.value) return { kind: 'scope', scope: scope.value, count: total.value }
    return selected.value.size > 0 ? { kind: 'ids', ids: [...selected.value] } : null
  })

  /**
   * Whether the selection was made on purpose (checkboxes, Ctrl/Shift-click, select all) rather
   * than by clicking a row to open it: only a deliberate selection becomes an export's default scope.
   */
  const deliberate = ref(false)

  function selectAllMatching(): void {
    allMatching.value = true
    deliberate.value = true
  }

  function clearSelection(): void {
    allMatching.value = false
    deliberate.value = false
    selected.value = new Set()
  }

  function toggleSelected(id: number): void {
    allMatching.value = false
    const next = new Set(selected.value)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    selected.value = next
    deliberate.value = next.size > 0
  }

  /**
   * A row's checkbox or Space: a tick on purpose. A row that is only selected because it was clicked
   * open shows an empty box, so the first tick starts a deliberate selection holding that record
   * (toggling would have removed it, the opposite of what the empty box promised).
   */
  function tick(id: number): void {
    if (!deliberate.value && !allMatching.value) return selectOnly([id])
    toggleSelected(id)
  }

  function selectOnly(ids: number[], onPurpose = true): void {
    allMatching.value = false
    selected.value = new Set(ids)
    deliberate.value = onPurpose && ids.length > 0
  }

  return {
    view, search, filters, sort, total, loaded, error, pages, selected, allMatching, deliberate, activeIndex, scope, selectionTarget, settled, filterCount,
    reload, rowAt, setView, setSort, setSearch, setFilters, clearFilters, toggleSelected, tick, selectOnly, selectAllMatching, clearSelection
  }
})

/** Flags that only add records when true; `hasWarnings: false` and `noPlace: false` do select something. */
const ADDING_FLAGS = new Set(['noCountry', 'noCity', 'noTags', 'noDate'])

/** Drops filters that select nothing in particular (empty lists, unset flags), so chips and counts stay honest. */
function withoutEmpty(filters: RecordFilters): RecordFilters {
  const entries = Object.entries(filters).filter(
    ([key, v]) => v !== undefined && !(v === false && ADDING_FLAGS.has(key)) && !(Array.isArray(v) && v.length === 0)
  )
  return Object.fromEntries(entries) as RecordFilters
}
