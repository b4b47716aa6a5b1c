import { defineStore } from 'pinia'
import { api, messageOf } from '../api'
import { useEditorStore } from './editor'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'

/** Actions on records that are not form edits: trash, restore, review warnings, empty the trash. */
export const useRecordActions = defineStore('recordActions', () => {
  const notices = useNoticeStore()
  const history = useHistoryStore()
  const editor = useEditorStore()

  async function trash(ids: number[]): Promise<void> {
    if (ids.length === 0) return
    try {
      const { operation } = await api.recordsTrash({ ids })
      if (editor.record && ids.includes(editor.record.id)) editor.close(true)
      notices.show(operation.description, 'info', history.undoAction(operation))
    } catch (e) {
      notices.show(messageOf(e), 'error')
    }
    await history.changed()
  }

  async function restore(ids: number[]): Promise<void> {
    if (ids.length === 0) return
    try {
      const { operation } = await api.recordsRestore({ ids })
      if (editor.record && ids.includes(editor.record.id)) editor.close(true)
      notices.show(operation.description, 'info', history.undoAction(operation))
    } catch (e) {
      notices.show(messageOf(e), 'error')
    }
    await history.changed()
  }

  /** Marks a warning (or all, without `warning`) as reviewed: an undoable operation in the History. */
  async function reviewWarnings(ids: number[], warning?: string): Promise<void> {
    if (ids.length === 0) return
    try {
      const { operation } = await api.recordsReviewWarnings(warning === undefined ? { ids } : { ids, warning })
      notices.show(operation.description, 'info', history.undoAction(operation))
    } catch (e) {
      notices.show(messageOf(e), 'error')
    }
    await history.changed()
  }

  async function emptyTrash(count: number): Promise<void> {
    const ok = window.confirm(`Delete the ${count} record${count === 1 ? '' : 's'} in the trash for good?\n\nThis is the one thing that cannot be undone.`)
    if (!ok) return
    try {
      const result = await api.trashEmpty(undefined)
      editor.close(true)
      notices.show(`Deleted ${result.count} record${result.count === 1 ? '' : 's'} for good`)
    } catch (e) {
      notices.show(messageOf(e), 'error')
    }
    await history.changed()
  }

  return { trash, restore, reviewWarnings, emptyTrash }
})
