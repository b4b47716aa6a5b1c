import { computed, effectScope, ref, watch } from 'vue'
import type { EventRecord } from '../../../shared/record'
import type { SortField } from '../../../shared/query'

export interface Column {
  key: string
  label: string
  width: number
  /** The narrowest that still shows something useful; below it the column is left out to fit. */
  min?: number
  sort?: SortField
  value: (record: EventRecord) => string
  /** Shown until the archivist hides it. */
  shown: boolean
}

export function formatDates(record: Pick<EventRecord, 'startDate' | 'endDate'>): string {
  const { startDate, endDate } = record
  if (!startDate) return ''
  if (!endDate || endDate === startDate) return startDate
  return `${startDate} – ${endDate}`
}

const day = (iso: string): string => iso.slice(0, 10)

export const COLUMNS: Column[] = [
  { key: 'title', label: 'Title', width: 420, sort: 'title', value: (r) => r.title, shown: true },
  { key: 'dates', label: 'Dates', width: 180, min: 100, sort: 'startDate', value: formatDates, shown: true },
  { key: 'dateText', label: 'Date as written', width: 180, min: 90, value: (r) => r.dateText ?? '', shown: false },
  { key: 'place', label: 'Place (as written)', width: 180, min: 90, sort: 'place', value: (r) => r.place ?? '', shown: true },
  { key: 'city', label: 'City', width: 110, min: 72, sort: 'city', value: (r) => r.city ?? '', shown: true },
  { key: 'country', label: 'Country', width: 130, min: 80, sort: 'country', value: (r) => (r.country ? `${r.country}${r.countryCode ? ` (${r.countryCode})` : ''}` : (r.countryCode ?? '')), shown: true },
  { key: 'countryCode', label: 'Code', width: 70, min: 48, sort: 'countryCode', value: (r) => r.countryCode ?? '', shown: false },
  { key: 'tags', label: 'Tags', width: 120, min: 64, value: (r) => r.tags.join(', '), shown: true },
  { key: 'notes', label: 'Notes', width: 220, min: 90, value: (r) => r.notes ?? '', shown: false },
  { key: 'source', label: 'Source', width: 180, min: 90, value: (r) => (r.sourceFile ? `${r.sourceFile}${r.sourceLine ? `:${r.sourceLine}` : ''}` : ''), shown: false },
  { key: 'updated', label: 'Changed', width: 110, min: 90, sort: 'updatedAt', value: (r) => day(r.updatedAt), shown: false },
  { key: 'created', label: 'Added', width: 110, min: 90, sort: 'createdAt', value: (r) => day(r.createdAt), shown: false },
  { key: 'id', label: '#', width: 80, min: 48, sort: 'id', value: (r) => String(r.id), shown: false }
]

const STORAGE_KEY = 'curate.grid.columns'

interface SavedLayout {
  hidden: string[]
  shown: string[]
  widths: Record<string, number>
}

function load(): SavedLayout {
  try {
    const saved = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '{}') as Partial<SavedLayout>
    return { hidden: saved.hidden ?? [], shown: saved.shown ?? [], widths: saved.widths ?? {} }
  } catch {
    return { hidden: [], shown: [], widths: {} }
  }
}

/**
 * Which columns the grid shows and how wide, remembered across sessions in window.localStorage.
 * Only the archivist's changes are stored, so columns added later appear with their default.
 */
function createLayout() {
  const saved = load()
  const hidden = ref(new Set(saved.hidden))
  const shown = ref(new Set(saved.shown))
  const widths = ref<Record<string, number>>(Object.fromEntries(COLUMNS.map((c) => [c.key, saved.widths[c.key] ?? c.width])))
  const isShown = (column: Column): boolean => (column.shown ? !hidden.value.has(column.key) : shown.value.has(column.key))
  const visible = computed(() => COLUMNS.filter(isShown))

  function toggle(key: string): void {
    const column = COLUMNS.find((c) => c.key === key)
    if (!column || key === 'title') return
    const set = new Set(column.shown ? hidden.value : shown.value)
    if (set.has(key)) set.delete(key)
    else set.add(key)
    if (column.shown) hidden.value = set
    else shown.value = set
  }

  function reset(): void {
    hidden.value = new Set()
    shown.value = new Set()
    widths.value = Object.fromEntries(COLUMNS.map((c) => [c.key, c.width]))
  }

  watch([hidden, shown, widths], () => {
    const changedWidths = Object.fromEntries(Object.entries(widths.value).filter(([key, w]) => COLUMNS.find((c) => c.key === key)?.width !== w))
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify({ hidden: [...hidden.value], shown: [...shown.value], widths: changedWidths }))
  })

  return { visible, widths, isShown, toggle, reset }
}

let layout: ReturnType<typeof createLayout> | undefined
/**
 * One layout for the whole window. Built in a detached scope: made inside the first grid's
 * setup, its watcher would otherwise stop when that grid unmounts (an empty result replaces it).
 */
export function useColumnLayout(): ReturnType<typeof createLayout> {
  layout ??= effectScope(true).run(createLayout)!
  return layout
}
