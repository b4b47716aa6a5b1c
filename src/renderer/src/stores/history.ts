import { defineStore } from 'pinia'
import { ref } from 'vue'
import { api, messageOf } from '../api'
import type { HistoryState, OperationInfo } from '../../../shared/contract'
import { useNoticeStore, type NoticeAction } from './notices'

/** Undo and redo for every change, read from the operation log that lives in the database. */
export const useHistoryStore = defineStore('history', () => {
  const state = ref<HistoryState>({ undo: null, redo: null })
  const items = ref<OperationInfo[]>([])
  const total = ref(0)
  const listeners = new Set<() => void>()

  async function refresh(): Promise<void> {
    state.value = await api.historyState(undefined)
  }

  async function loadList(): Promise<void> {
    const list = await api.historyList({ limit: 200 })
    items.value = list.items
    total.value = list.total
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
  /** Undoes exactly this operation; main refuses when later changes sit on top of it. */
  const undoOperation = (id: number): Promise<void> => run(() => api.historyUndo({ id }), 'Undone')
  /** The Undo of a toast: it names its operation, never "whatever is latest". */
  const undoAction = (operation: { id: number }): NoticeAction => ({ label: 'Undo', operationId: operation.id, run: () => void undoOperation(operation.id) })
  const redo = (): Promise<void> => run(() => api.historyRedo(undefined), 'Redone')
  const moveTo = (id: number, inclusive = false): Promise<void> => run(() => api.historyMoveTo({ id, inclusive }), 'History')

  return { state, items, total, refresh, loadList, onChange, changed, undo, undoOperation, undoAction, redo, moveTo }
})
