import { onMounted, onUnmounted, ref, watch, type Ref } from 'vue'
import { messageOf } from '../../api/errors'
import { useCollectionStore } from '../../stores/collection'
import { useHistoryStore } from '../../stores/history'
import type { RecordScope } from '../../../../shared/query'

/**
 * Something computed in main for the current search and filters (facet counts, charts),
 * fetched after the grid's first page has arrived so the rows are never kept waiting, and
 * again after any change to the data. Only the latest answer is kept.
 */
export function useScopedResult<T>(scopeOf: () => RecordScope, load: (scope: RecordScope) => Promise<T>): { result: Ref<T | null>; error: Ref<string | null>; refresh: () => Promise<void> } {
  const collection = useCollectionStore()
  const history = useHistoryStore()
  const result = ref<T | null>(null) as Ref<T | null>
  const error = ref<string | null>(null)
  let latest = 0
  let lastScope = ''
  let dataChanged = false

  async function refresh(): Promise<void> {
    const mine = ++latest
    lastScope = JSON.stringify(scopeOf())
    dataChanged = false
    try {
      const value = await load(scopeOf())
      if (mine !== latest) return
      result.value = value
      error.value = null
    } catch (e) {
      if (mine === latest) error.value = messageOf(e)
    }
  }

  // The grid reloads after every query change and every data change; a new sort alone changes no count.
  watch(
    () => collection.settled,
    () => {
      if (dataChanged || JSON.stringify(scopeOf()) !== lastScope) void refresh()
    }
  )
  let stop: (() => void) | undefined
  onMounted(() => {
    stop = history.onChange(() => (dataChanged = true))
    if (collection.loaded) void refresh()
  })
  onUnmounted(() => stop?.())
  return { result, error, refresh }
}
