import { defineStore } from 'pinia'
import { computed, reactive, ref, watch } from 'vue'
import { api, messageOf } from '../api'
import type { BulkPreview, BulkRule, BulkTarget } from '../../../shared/contracts/bulk'
import type { RecordScope } from '../../../shared/query'
import { emptyDraft, fieldsFor, ruleFrom } from '../components/bulk/ruleDraft'
import { useCollectionStore } from './collection'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'

const PREVIEW_DELAY_MS = 250

/**
 * The bulk-edit dialog: what it applies to (the selection, or every record matching the
 * search), the rule being written, and a live preview from main. Applying re-plans in main,
 * so what is written never depends on a stale preview.
 */
export const useBulkStore = defineStore('bulk', () => {
  const collection = useCollectionStore()
  const history = useHistoryStore()
  const notices = useNoticeStore()

  const isOpen = ref(false)
  const draft = reactive(emptyDraft())
  /** Fixed when the dialog opens, so a reload of the grid never widens an edit silently. */
  const selectedIds = ref<number[]>([])
  const matching = ref<Extract<BulkTarget, { kind: 'scope' }> | null>(null)
  const use = ref<'selected' | 'matching'>('matching')
  const preview = ref<BulkPreview | null>(null)
  const previewError = ref<string | null>(null)
  const previewing = ref(false)
  const applying = ref(false)
  let generation = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const target = computed<BulkTarget | null>(() => {
    if (use.value === 'selected') return selectedIds.value.length > 0 ? { kind: 'ids', ids: selectedIds.value } : null
    return matching.value
  })
  const rule = computed<BulkRule | string>(() => ruleFrom(draft))
  const matchingCount = computed(() => matching.value?.count ?? 0)

  function open(): void {
    const chosen = collection.selectionTarget
    selectedIds.value = chosen?.kind === 'ids' ? chosen.ids : []
    matching.value = { kind: 'scope', scope: JSON.parse(JSON.stringify(collection.scope)) as RecordScope, count: collection.total }
    use.value = chosen?.kind === 'ids' ? 'selected' : 'matching'
    preview.value = null
    previewError.value = null
    isOpen.value = true
    schedulePreview()
  }

  function close(): void {
    isOpen.value = false
    generation++
    clearTimeout(timer)
  }

  function chooseOp(op: BulkRule['op']): void {
    draft.op = op
    const fields = fieldsFor(op)
    if (fields.length > 0 && !fields.includes(draft.field)) draft.field = fields.includes('city') ? 'city' : fields[0]!
  }

  function schedulePreview(): void {
    clearTimeout(timer)
    generation++
    if (!isOpen.value) return
    const mine = generation
    if (typeof rule.value === 'string' || !target.value) {
      preview.value = null
      previewError.value = null
      previewing.value = false
      return
    }
    previewing.value = true
    const args = { target: target.value, rule: rule.value }
    timer = setTimeout(async () => {
      try {
        const result = await api.bulkPreview(args)
        if (mine !== generation) return
        preview.value = result
        previewError.value = null
      } catch (e) {
        if (mine !== generation) return
        preview.value = null
        previewError.value = messageOf(e)
      } finally {
        if (mine === generation) previewing.value = false
      }
    }, PREVIEW_DELAY_MS)
  }

  watch([() => JSON.stringify(draft), use], schedulePreview)

  const canApply = computed(() => !applying.value && !previewing.value && !!preview.value && preview.value.changed > 0 && typeof rule.value !== 'string')

  async function apply(): Promise<void> {
    if (!canApply.value || !target.value || typeof rule.value === 'string') return
    applying.value = true
    try {
      const result = await api.bulkApply({ target: target.value, rule: rule.value })
      close()
      const left = result.invalid > 0 ? ` — ${result.invalid} left alone (invalid)` : ''
      notices.show(`${result.operation.description}${left}`, 'info', history.undoAction(result.operation))
      await history.changed()
    } catch (e) {
      previewError.value = messageOf(e)
    } finally {
      applying.value = false
    }
  }

  return { isOpen, draft, use, selectedIds, matchingCount, target, rule, preview, previewError, previewing, applying, canApply, open, close, chooseOp, apply }
})
