import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, messageOf } from '../api'
import { cutTitle, TITLE_ENDS, type ReadingInstruction, type TitleEnd } from '../../../shared/readingInstructions'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'

/**
 * What the archivist teaches the reader in one preview: the instructions given here (undone one
 * by one), the saved profile to read with ('auto': the one the page matches), and how many records
 * the last instruction changed. The importer store reads with them; a new source starts afresh.
 */
export const useTeachingStore = defineStore('teaching', () => {
  const instructions = ref<ReadingInstruction[]>([])
  const profile = ref<'auto' | 'none' | number>('auto')
  /** Records read differently after the last change of instructions; null before any. */
  const changed = ref<number | null>(null)
  /** Title corrections that cut a title where an instruction would: kind -> records. */
  const titleCuts = ref<Record<TitleEnd, Set<number>>>({ bracket: new Set(), sentence: new Set(), separator: new Set() })

  const offer = computed<TitleEnd | null>(() => TITLE_ENDS.find((kind) => titleCuts.value[kind].size >= 2) ?? null)

  function reset(): void {
    instructions.value = []
    profile.value = 'auto'
    changed.value = null
    clearCuts()
  }

  function clearCuts(): void {
    titleCuts.value = { bracket: new Set(), sentence: new Set(), separator: new Set() }
  }

  /** A title corrected by hand: remembered when it is the title cut where an instruction would cut it. */
  function noteTitleCorrection(index: number, read: string, corrected: string): void {
    const next = { ...titleCuts.value }
    for (const kind of TITLE_ENDS) {
      const cut = cutTitle(read, kind)
      const cuts = new Set(next[kind])
      if (cut !== null && cut.title === corrected.trim()) cuts.add(index)
      else cuts.delete(index)
      next[kind] = cuts
    }
    titleCuts.value = next
  }

  async function saveProfile(name: string, all: ReadingInstruction[], shape: Parameters<typeof api.profilesSave>[0]['shape']): Promise<boolean> {
    const notices = useNoticeStore()
    const history = useHistoryStore()
    try {
      const { profile: saved, operation } = await api.profilesSave({ name, instructions: all, shape })
      notices.show(operation.description, 'info', history.undoAction(operation))
      profile.value = saved.id
      await history.changed()
      return true
    } catch (e) {
      notices.show(messageOf(e), 'error')
      return false
    }
  }

  return { instructions, profile, changed, titleCuts, offer, reset, clearCuts, noteTitleCorrection, saveProfile }
})
