import { defineStore } from 'pinia'
import { ref } from 'vue'

export interface Notice {
  id: number
  text: string
  kind: 'info' | 'error'
  action?: NoticeAction
}

export interface NoticeAction {
  label: string
  run: () => void
  /** An Undo names the operation it undoes, so a stale toast can say it no longer applies. */
  operationId?: number
}

/** Short messages at the foot of the window ("Moved 3 records to the trash — Undo"). */
export const useNoticeStore = defineStore('notices', () => {
  const items = ref<Notice[]>([])
  let next = 1

  function show(text: string, kind: Notice['kind'] = 'info', action?: NoticeAction): void {
    const notice: Notice = { id: next++, text, kind, action }
    items.value = [...items.value.slice(-2), notice]
    setTimeout(() => dismiss(notice.id), kind === 'error' ? 9000 : 5000)
  }

  function dismiss(id: number): void {
    items.value = items.value.filter((n) => n.id !== id)
  }

  return { items, show, dismiss }
})
