import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { api, isElectron, messageOf } from '../api'
import { followJob, type RunningJob } from '../api/jobs'
import { useCollectionStore } from './collection'
import type { JobInfo } from '../../../shared/contract'
import type { RecordScope } from '../../../shared/query'
import {
  DEFAULT_EXPORT_COLUMNS,
  DEFAULT_EXPORT_TAG_SEPARATOR,
  type ExportColumn,
  type ExportFormatId,
  type ExportOutcome,
  type ExportProfile,
  type ExportScope,
  type ProfileSettings
} from '../../../shared/contracts/export'

/** Which records: everything, the grid's search and filters, the selection, or the search saved in a profile. */
export type ScopeChoice = 'all' | 'search' | 'selection' | 'profile'

export interface ScopeOption {
  choice: ScopeChoice
  label: string
  /** Records it covers, or null while unknown. */
  count: number | null
  scope: ExportScope | null
}

const hasFilters = (scope: RecordScope): boolean =>
  Boolean(scope.search) || Object.values(scope.filters ?? {}).some((value) => (Array.isArray(value) ? value.length > 0 : value !== undefined))

/**
 * The export dialog's state: what to export (scope, format, columns, options), saved profiles,
 * and the running job. All IO goes through the api; the job is followed by polling.
 */
export const useExporterStore = defineStore('exporter', () => {
  const collection = useCollectionStore()
  const isOpen = ref(false)
  const format = ref<ExportFormatId>('csv')
  const scopeChoice = ref<ScopeChoice>('all')
  const columns = ref<ExportColumn[]>([...DEFAULT_EXPORT_COLUMNS])
  const bom = ref(false)
  const tagSeparator = ref(DEFAULT_EXPORT_TAG_SEPARATOR)
  const allCount = ref<number | null>(null)
  const profiles = ref<ExportProfile[]>([])
  const profileId = ref<number | null>(null)
  const profileScope = ref<{ scope: RecordScope; count: number | null } | null>(null)
  /** Said when a profile's scope cannot apply now (it exports the selection, and nothing is selected). */
  const scopeNote = ref<string | null>(null)
  const job = ref<JobInfo | null>(null)
  const outcome = ref<ExportOutcome | null>(null)
  const error = ref<string | null>(null)
  const running = shallowRef<RunningJob<ExportOutcome> | null>(null)
  // The footer's "Ready"/"Downloaded" belongs to the settings it was made with: another format or scope makes it stale.
  watch([format, scopeChoice, columns, bom, tagSeparator], () => (outcome.value = null), { deep: true })

  const scopeOptions = computed<ScopeOption[]>(() => {
    const options: ScopeOption[] = [{ choice: 'all', label: 'All records', count: allCount.value, scope: { kind: 'all' } }]
    const current = collection.scope
    if (collection.view === 'records' && hasFilters(current)) {
      options.push({ choice: 'search', label: 'The current search and filters', count: collection.total, scope: { kind: 'search', scope: { ...current, status: 'active' } } })
    }
    const target = collection.view === 'records' ? collection.selectionTarget : null
    if (target) {
      const scope: ExportScope = target.kind === 'ids' ? { kind: 'selection', ids: target.ids } : { kind: 'search', scope: { ...target.scope, status: 'active' } }
      options.push({ choice: 'selection', label: 'The selected records', count: target.kind === 'ids' ? target.ids.length : target.count, scope })
    }
    if (profileScope.value) {
      const scope: ExportScope = { kind: 'search', scope: { ...profileScope.value.scope, status: 'active' } }
      options.push({ choice: 'profile', label: 'The search saved in the profile', count: profileScope.value.count, scope })
    }
    return options
  })

  const chosenScope = computed(() => scopeOptions.value.find((option) => option.choice === scopeChoice.value) ?? scopeOptions.value[0]!)
  const busy = computed(() => job.value?.state === 'running')

  async function open(): Promise<void> {
    isOpen.value = true
    outcome.value = null
    error.value = null
    job.value = null
    scopeNote.value = null
    // Rows chosen on purpose are what to export; a row clicked to open it is not (the search is).
    const target = collection.view === 'records' && collection.deliberate ? collection.selectionTarget : null
    scopeChoice.value = target ? 'selection' : collection.view === 'records' && hasFilters(collection.scope) ? 'search' : 'all'
    try {
      const [all, saved] = await Promise.all([api.recordsQuery({ limit: 1 }), api.exportProfiles({})])
      allCount.value = all.total
      profiles.value = saved
    } catch (e) {
      error.value = messageOf(e)
    }
  }

  function close(): void {
    if (busy.value) return
    isOpen.value = false
  }

  function settings(): ProfileSettings {
    const option = chosenScope.value
    const scope: ProfileSettings['scope'] =
      option.choice === 'selection' ? { kind: 'selection' } : option.scope?.kind === 'search' ? { kind: 'search', scope: option.scope.scope } : { kind: 'all' }
    return { format: format.value, scope, columns: [...columns.value], bom: bom.value, tagSeparator: tagSeparator.value }
  }

  async function applyProfile(id: number | null): Promise<void> {
    profileId.value = id
    const profile = profiles.value.find((p) => p.id === id)
    if (!profile) return
    const s = profile.settings
    format.value = s.format
    columns.value = s.columns ? [...s.columns] : [...DEFAULT_EXPORT_COLUMNS]
    bom.value = s.bom ?? false
    tagSeparator.value = s.tagSeparator ?? DEFAULT_EXPORT_TAG_SEPARATOR
    profileScope.value = null
    scopeNote.value = null
    if (s.scope.kind === 'search') {
      profileScope.value = { scope: s.scope.scope, count: null }
      scopeChoice.value = 'profile'
      const { total } = await api.recordsQuery({ ...s.scope.scope, limit: 1 })
      if (profileScope.value) profileScope.value = { ...profileScope.value, count: total }
    } else if (s.scope.kind === 'selection' && scopeOptions.value.some((o) => o.choice === 'selection')) {
      scopeChoice.value = 'selection'
    } else {
      scopeChoice.value = 'all'
      if (s.scope.kind === 'selection') scopeNote.value = 'This profile exports the selected records; nothing is selected, so all records are chosen.'
    }
  }

  async function saveProfile(name: string): Promise<boolean> {
    try {
      const saved = await api.exportSaveProfile({ name, settings: settings() })
      profiles.value = await api.exportProfiles({})
      profileId.value = saved.id
      return true
    } catch (e) {
      error.value = messageOf(e)
      return false
    }
  }

  async function deleteProfile(): Promise<void> {
    if (profileId.value === null) return
    try {
      await api.exportDeleteProfile({ id: profileId.value })
      profiles.value = await api.exportProfiles({})
      profileId.value = null
      profileScope.value = null
      if (scopeChoice.value === 'profile') scopeChoice.value = 'all'
    } catch (e) {
      error.value = messageOf(e)
    }
  }

  /** Electron asks where to save first; browser mode writes a download. */
  async function start(): Promise<void> {
    const scope = chosenScope.value.scope
    if (!scope || busy.value) return
    outcome.value = null
    error.value = null
    try {
      let destination: { kind: 'download' } | { kind: 'file'; path: string; overwrite: boolean } = { kind: 'download' }
      if (isElectron) {
        const { path } = await api.exportChooseDestination({ format: format.value })
        if (path === null) return
        // The save dialog itself asked before choosing an existing file (showOverwriteConfirmation).
        destination = { kind: 'file', path, overwrite: true }
      }
      const csv = format.value === 'csv' ? { columns: [...columns.value], bom: bom.value } : {}
      const joinsTags = format.value === 'csv' || format.value === 'sqlite'
      const separator = joinsTags && tagSeparator.value ? { tagSeparator: tagSeparator.value } : {}
      const started = await api.exportStart({ format: format.value, scope, ...csv, ...separator, destination })
      running.value = followJob<ExportOutcome>(started, (info) => (job.value = info))
      outcome.value = await running.value.done
    } catch (e) {
      error.value = messageOf(e) === 'cancelled' ? 'Export cancelled; no file was written.' : messageOf(e)
    } finally {
      running.value = null
    }
  }

  function cancel(): void {
    running.value?.cancel()
  }

  return {
    isOpen, format, scopeChoice, scopeNote, columns, bom, tagSeparator, profiles, profileId, job, outcome, error, scopeOptions, chosenScope, busy,
    open, close, applyProfile, saveProfile, deleteProfile, start, cancel
  }
})
