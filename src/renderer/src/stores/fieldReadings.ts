import { computed, ref, watch, type Ref } from 'vue'
import { api } from '../api'
import type { Draft } from './editor'

type Derived = 'startDate' | 'endDate' | 'city' | 'country' | 'countryCode'

export interface FieldReadings {
  /** What each derived field was last filled with from the text; a field holding it was not set by hand. */
  filled: Ref<Partial<Record<Derived, string>>>
  /** Reads the texts that changed and fills the fields not set by hand; save awaits it. */
  flush(): Promise<void>
  /** Forgets the fills (a record opened or a new form). */
  reset(): void
  isFilled(field: Derived): boolean
  /** Whether city, country or code hold what the place text reads as. */
  placeFilled: Ref<boolean>
}

/**
 * The form's "Date as written" and "Place as written" fill start/end and city/country/code,
 * as the importer reads them, unless the archivist set those fields by hand. Runs a moment
 * after typing stops, and at once before a save, so Ctrl+S right after typing saves the reading.
 */
export function useFieldReadings(draft: Ref<Draft>, baseline: () => Draft): FieldReadings {
  const filled = ref<Partial<Record<Derived, string>>>({})
  const readTexts = { date: '', place: '' }
  let timer: ReturnType<typeof setTimeout> | undefined
  let running: Promise<void> = Promise.resolve()

  const byHand = (field: Derived): boolean => draft.value[field].trim() !== '' && draft.value[field] !== filled.value[field]
  const fill = (values: Partial<Record<Derived, string>>): void => {
    const fields = Object.keys(values) as Derived[]
    // A group is filled together or not at all: half a date range from the text and half by hand would mislead.
    if (fields.some(byHand)) return
    for (const field of fields) draft.value[field] = values[field] ?? ''
    filled.value = { ...filled.value, ...values }
  }

  async function readChanged(): Promise<void> {
    const { dateText, place } = draft.value
    const base = baseline()
    const jobs: Promise<void>[] = []
    if (dateText !== readTexts.date) {
      readTexts.date = dateText
      if (dateText.trim() !== '' && dateText !== base.dateText) {
        jobs.push(api.workspaceReadDate({ text: dateText }).then(({ reading }) => {
          if (reading?.startDate && draft.value.dateText === dateText) fill({ startDate: reading.startDate, endDate: reading.endDate ?? reading.startDate })
        }, () => undefined))
      }
    }
    if (place !== readTexts.place) {
      readTexts.place = place
      if (place.trim() !== '' && place !== base.place) {
        jobs.push(api.workspaceReadPlace({ text: place }).then(({ reading }) => {
          if (reading && draft.value.place === place) fill({ city: reading.city ?? '', country: reading.country ?? '', countryCode: reading.countryCode ?? '' })
        }, () => undefined))
      }
    }
    await Promise.all(jobs)
  }

  function flush(): Promise<void> {
    clearTimeout(timer)
    running = running.then(readChanged)
    return running
  }

  watch(
    () => [draft.value.dateText, draft.value.place],
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => void flush(), 250)
    }
  )

  function reset(): void {
    clearTimeout(timer)
    filled.value = {}
    readTexts.date = draft.value.dateText
    readTexts.place = draft.value.place
  }

  const isFilled = (field: Derived): boolean => filled.value[field] !== undefined && draft.value[field] === filled.value[field] && draft.value[field] !== ''

  const placeFilled = computed(() => (['city', 'country', 'countryCode'] as const).some(isFilled))
  return { filled, flush, reset, isFilled, placeFilled }
}
