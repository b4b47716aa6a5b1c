import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { api, ApiError, messageOf } from '../api'
import { followJob, type RunningJob } from '../api/jobs'
import type { JobInfo } from '../../../shared/contract'
import type { DuplicateGroup, DuplicateQueue, MergeFields, ModelSummary, ScanSummary } from '../../../shared/contracts/dedupe'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'
import { formatCount } from '../format'

const PAGE = 100

/** Every pair between one record and the others of its group. */
export function pairsAgainst(group: DuplicateGroup, id: number): [number, number][] {
  return group.ids.filter((other) => other !== id).map((other) => [id, other])
}

/** The duplicate review: the queue of the latest scan, the group under review, scans and decisions. */
export const useDedupeStore = defineStore('dedupe', () => {
  const notices = useNoticeStore()
  const history = useHistoryStore()
  const queue = ref<DuplicateQueue | null>(null)
  const selectedKey = ref<string | null>(null)
  const loading = ref(false)
  const scanJob = ref<JobInfo | null>(null)
  let running: RunningJob<ScanSummary> | null = null

  const groupKey = (group: DuplicateGroup): string => group.ids.join('-')
  const groups = computed(() => queue.value?.groups ?? [])
  const selected = computed(() => groups.value.find((g) => groupKey(g) === selectedKey.value) ?? groups.value[0] ?? null)

  async function load(limit = Math.max(PAGE, groups.value.length)): Promise<void> {
    loading.value = true
    try {
      const previousIndex = selected.value ? groups.value.indexOf(selected.value) : 0
      queue.value = await api.dedupeQueue({ limit })
      // Keep the place in the queue: the same group if it is still there, else the one now at its position.
      if (!groups.value.some((g) => groupKey(g) === selectedKey.value)) {
        const next = groups.value[Math.min(previousIndex, groups.value.length - 1)]
        selectedKey.value = next ? groupKey(next) : null
      }
    } catch (e) {
      notices.show(messageOf(e), 'error')
    } finally {
      loading.value = false
    }
  }

  const loadMore = (): Promise<void> => load(groups.value.length + PAGE)

  function select(group: DuplicateGroup): void {
    selectedKey.value = groupKey(group)
  }

  async function scan(): Promise<void> {
    if (running) return
    try {
      running = followJob<ScanSummary>(await api.dedupeScan({}), (job) => (scanJob.value = job))
      const summary = await running.done
      notices.show(`Scan finished: ${formatCount(summary.pairs)} likely duplicate pair${summary.pairs === 1 ? '' : 's'} among ${formatCount(summary.records)} records`)
      selectedKey.value = null
      await load(PAGE)
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CANCELLED') notices.show('Scan cancelled; the previous results are kept')
      else notices.show(messageOf(e), 'error')
    } finally {
      running = null
      scanJob.value = null
    }
  }

  const cancelScan = (): void => running?.cancel()

  const estimating = ref(false)
  /** Re-estimates the model from the collection and every decision so far; the next scan uses it. */
  async function estimate(): Promise<void> {
    if (estimating.value) return
    estimating.value = true
    try {
      const model = await followJob<ModelSummary>(await api.dedupeEstimate({}), () => {}).done
      notices.show(`Model re-estimated from ${formatCount(model.pairs)} compared pairs and ${formatCount(model.decisions)} of your decisions; scan again to use it`)
      await load()
    } catch (e) {
      notices.show(messageOf(e), 'error')
    } finally {
      estimating.value = false
    }
  }

  async function merge(survivorId: number, mergedIds: number[], fields: MergeFields): Promise<boolean> {
    try {
      const { operation } = await api.dedupeMerge({ survivorId, mergedIds, fields })
      notices.show(operation.description, 'info', history.undoAction(operation))
      await history.changed()
      return true
    } catch (e) {
      notices.show(messageOf(e), 'error')
      return false
    }
  }

  /** Marks pairs "not duplicates"; the notice offers to take the decision back. */
  async function dismiss(pairs: [number, number][], text = 'Marked as not duplicates'): Promise<void> {
    try {
      const { operation } = await api.dedupeDismiss({ pairs })
      if (operation) notices.show(text, 'info', history.undoAction(operation))
      await history.changed()
      await load()
    } catch (e) {
      notices.show(messageOf(e), 'error')
    }
  }

  return { queue, groups, selected, loading, scanJob, estimating, load, loadMore, select, scan, cancelScan, estimate, merge, dismiss, groupKey }
})
