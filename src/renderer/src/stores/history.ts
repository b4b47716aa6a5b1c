import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf } from '../api'
import type { HistoryState, OperationInfo } from '../../../shared/contract'
import { useNoticeStore } from './notices'

/** Undo and redo for every change, read from the operation log that lives in the database. */
export const useHistoryStore = defineStore('history', () => {
  const state = ref<HistoryState>({ undo: null, redo: null })
  const items = ref<OperationInfo[]>([])
  const listeners = new Set<() => void>()

  async function refresh(): Promise<void> {
    state.value = await api.historyState(undefined)
  }

  async function loadList(): Promise<void> {
    items.value = (await api.historyList({ limit: 200 })).items
  }

  /** Called after anything changed data, so views reload. */
  function onChange(listener: () => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  async function changed(): Promise<void> {
    await refresh()
    for (const listener of listeners) listener()
  }

  async function run(action: () => Promise<OperationInfo | OperationInfo[]>, verb: string): Promise<void> {
    const notices = useNoticeStore()
    try {
      const result = await action()
      const ops = Array.isArray(result) ? result : [result]
      if (ops.length > 0) notices.show(`${verb}: ${ops.map((o) => o.description).join('; ')}`)
    } catch (e) {
      notices.show(messageOf(e), 'error')
    }
    await changed()
  }

  const undo = (): Promise<void> => run(() => api.historyUndo(undefined), 'Undone')
  const redo = (): Promise<void> => run(() => api.historyRedo(undefined), 'Redone')
  const moveTo = (id: number, inclusive = false): Promise<void> => run(() => api.historyMoveTo({ id, inclusive }), 'History')

  return { state, items, refresh, loadList, onChange, changed, undo, redo, moveTo }
})
