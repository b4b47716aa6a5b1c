import { defineStore } from 'pinia'
import { computed, ref, shallowRef, watch } from 'vue'
import { api, ApiError, messageOf } from '../api'
import type { EventRecord, RecordFields } from '../../../shared/record'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'
import { afterFirstRows } from '../firstRows'
import { useFieldReadings } from './fieldReadings'

/** The form's text fields: what the archivist types, before it becomes record fields. */
export interface Draft {
  title: string
  startDate: string
  endDate: string
  dateText: string
  place: string
  city: string
  country: string
  countryCode: string
  notes: string
  tags: string[]
}

const emptyDraft = (): Draft => ({ title: '', startDate: '', endDate: '', dateText: '', place: '', city: '', country: '', countryCode: '', notes: '', tags: [] })

function draftOf(record: EventRecord): Draft {
  return {
    title: record.title,
    startDate: record.startDate ?? '',
    endDate: record.endDate ?? '',
    dateText: record.dateText ?? '',
    place: record.place ?? '',
    city: record.city ?? '',
    country: record.country ?? '',
    countryCode: record.countryCode ?? '',
    notes: record.notes ?? '',
    tags: [...record.tags]
  }
}

const nullable = (text: string): string | null => (text.trim() === '' ? null : text.trim())

export function fieldsOf(draft: Draft): RecordFields {
  return {
    title: draft.title.trim(),
    startDate: nullable(draft.startDate),
    endDate: nullable(draft.endDate),
    dateText: nullable(draft.dateText),
    place: nullable(draft.place),
    city: nullable(draft.city),
    country: nullable(draft.country),
    countryCode: nullable(draft.countryCode)?.toUpperCase() ?? null,
    notes: nullable(draft.notes),
    tags: draft.tags
  }
}

/** The record open in the form: the stored version, the draft, and inline validation. */
export const useEditorStore = defineStore('editor', () => {
  const record = ref<EventRecord | null>(null)
  const draft = ref<Draft>(emptyDraft())
  /** The text in the tag field not yet turned into a tag (bound to the form's TagInput). */
  const pendingTag = ref('')
  const isOpen = ref(false)
  const saving = ref(false)
  const serverErrors = ref<Record<string, string>>({})
  const conflict = ref<string | null>(null)
  /** Counts saves refused as invalid (from the button, Ctrl+S or the menu): the form then shows every error and focuses the first. */
  const refusedSaves = ref(0)

  // A server-side message is about the text that was sent; typing makes it stale.
  watch(draft, () => (serverErrors.value = {}), { deep: true })

  const isNew = computed(() => isOpen.value && record.value === null)
  const baseline = computed(() => (record.value ? draftOf(record.value) : emptyDraft()))
  const dirty = computed(() => isOpen.value && JSON.stringify(draft.value) !== JSON.stringify(baseline.value))
  const readings = useFieldReadings(draft, () => baseline.value)

  /**
   * The same schema main enforces, run as the archivist types. It comes with zod and the country
   * list, which the window does not need to show its first rows: loaded once they are drawn
   * (and at the latest when a form opens), until then main's own check is the only one.
   */
  const validation = shallowRef<typeof import('../../../shared/validation') | null>(null)
  let loading: Promise<void> | null = null
  const loadValidation = (): Promise<void> =>
    (loading ??= import('../../../shared/validation').then((module) => void (validation.value = module)))
  void afterFirstRows.then(loadValidation)
  const errors = computed<Record<string, string>>(() => {
    const schema = validation.value
    if (!schema) return { ...serverErrors.value }
    const result = schema.RecordFieldsSchema.safeParse(fieldsOf(draft.value))
    const local = result.success ? {} : schema.describeIssues(result.error.issues).fields
    return { ...serverErrors.value, ...local }
  })
  const valid = computed(() => Object.keys(errors.value).length === 0)

  function confirmDiscard(): boolean {
    return !dirty.value || window.confirm('Discard the unsaved changes to this record?')
  }

  async function open(id: number): Promise<boolean> {
    if (record.value?.id === id && isOpen.value) return true
    if (!confirmDiscard()) return false
    try {
      const [fresh] = await Promise.all([api.recordsGet({ id }), loadValidation()])
      record.value = fresh
      draft.value = draftOf(fresh)
      readings.reset()
      isOpen.value = true
      serverErrors.value = {}
      conflict.value = null
      return true
    } catch (e) {
      useNoticeStore().show(messageOf(e), 'error')
      return false
    }
  }

  function startNew(): boolean {
    if (!confirmDiscard()) return false
    void loadValidation()
    record.value = null
    draft.value = emptyDraft()
    readings.reset()
    isOpen.value = true
    serverErrors.value = {}
    conflict.value = null
    return true
  }

  function close(force = false): boolean {
    if (!force && !confirmDiscard()) return false
    isOpen.value = false
    record.value = null
    draft.value = emptyDraft()
    readings.reset()
    return true
  }

  /** Reloads the open record after a change elsewhere (undo, another window) unless there are unsaved edits. */
  async function refreshFromStore(): Promise<void> {
    if (!record.value || dirty.value) return
    try {
      const fresh = await api.recordsGet({ id: record.value.id })
      record.value = fresh
      draft.value = draftOf(fresh)
      readings.reset()
    } catch {
      close(true)
    }
  }

  /**
   * After a version conflict: reads the record as it is now. With `keepEdits`, the fields the
   * archivist changed are laid over the fresh record (to review and save again); without, they
   * are dropped.
   */
  async function reload(keepEdits: boolean): Promise<void> {
    if (!record.value) return
    const mine = draft.value
    const before = baseline.value
    try {
      const fresh = await api.recordsGet({ id: record.value.id })
      const next = draftOf(fresh)
      if (keepEdits) {
        for (const key of Object.keys(mine) as (keyof Draft)[]) {
          if (JSON.stringify(mine[key]) !== JSON.stringify(before[key])) (next as unknown as Record<string, unknown>)[key] = mine[key]
        }
      }
      record.value = fresh
      draft.value = next
      conflict.value = null
      serverErrors.value = {}
    } catch (e) {
      useNoticeStore().show(messageOf(e), 'error')
    }
  }

  /** A tag still being typed when a save is asked for (Ctrl+S, the menu) is part of what is saved. */
  function takePendingTag(): void {
    const tag = pendingTag.value.trim().replace(/,$/, '')
    pendingTag.value = ''
    if (tag && !draft.value.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) draft.value.tags = [...draft.value.tags, tag]
  }

  async function save(): Promise<EventRecord | null> {
    if (!isOpen.value || saving.value) return null
    serverErrors.value = {}
    takePendingTag()
    // What the date and place texts read as is part of what is saved (unless set by hand).
    await readings.flush()
    if (!valid.value) {
      refusedSaves.value++
      return null
    }
    saving.value = true
    const notices = useNoticeStore()
    try {
      const fields = fieldsOf(draft.value)
      const saved = record.value
        ? await api.recordsUpdate({ id: record.value.id, version: record.value.version, patch: fields })
        : await api.recordsCreate({ fields })
      record.value = saved
      draft.value = draftOf(saved)
      readings.reset()
      conflict.value = null
      notices.show(`Saved “${saved.title}”`)
      await useHistoryStore().changed()
      return saved
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT') {
        // The server says which: an edit made elsewhere, or the record went to the trash meanwhile.
        conflict.value = /changed elsewhere/.test(e.message)
          ? 'This record was changed elsewhere (another window or the command line) after you opened it. Nothing was saved.'
          : `${e.message}. Nothing was saved.`
      }
      else if (e instanceof ApiError && e.code === 'INVALID_ARGUMENT') {
        serverErrors.value = Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [k.replace(/^(fields|patch)\./, ''), v]))
        refusedSaves.value++
      } else notices.show(messageOf(e), 'error')
      return null
    } finally {
      saving.value = false
    }
  }

  return { record, draft, pendingTag, readings, refusedSaves, isOpen, isNew, dirty, errors, valid, saving, conflict, open, startNew, close, save, reload, refreshFromStore }
})
