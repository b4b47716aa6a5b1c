import { defineStore } from 'pinia'
import { computed, ref, shallowRef, triggerRef } from 'vue'
import { api, ApiError, messageOf } from '../api'
import { followJob, type RunningJob } from '../api/jobs'
import type { JobInfo } from '../../../shared/contract'
import {
  ImportRecordSchema,
  importRecordOf,
  type DuplicateDecision,
  type ImportColumnField,
  type ImportCommitResult,
  type ImportFormat,
  type ImportPreview,
  type PreviewRecord
} from '../../../shared/contracts/import'
import { describeIssues } from '../../../shared/validation'
import { isIsoPartialDate } from '../../../shared/dates'
import { followWarnings } from '../../../shared/warnings'
import { useHistoryStore } from './history'
import { useNoticeStore } from './notices'
import { bytesToBase64 } from '../components/import/base64'
import { useTeachingStore } from './teaching'
import { changedRecords } from '../components/import/changedRecords'
import type { ReadingInstruction } from '../../../shared/readingInstructions'

/** A record of the preview as the archivist is shaping it. */
export interface PreviewRow {
  record: PreviewRecord
  included: boolean
  /** For records flagged as likely duplicates; 'skip' unless the archivist keeps both. */
  decision: DuplicateDecision
  /** Field -> message, for values the collection would refuse. */
  errors: Record<string, string>
}

export type EditableField = 'title' | 'startDate' | 'endDate' | 'place' | 'city' | 'country' | 'countryCode'

type Source = { kind: 'text'; text: string } | { kind: 'file'; name: string; base64: string; size: number }

function checkRow(row: PreviewRow): Record<string, string> {
  const checked = ImportRecordSchema.safeParse(importRecordOf(row.record, row.decision))
  return checked.success ? {} : describeIssues(checked.error.issues).fields
}

/**
 * The import flow: the source (pasted text or a file), the reading options, the preview job,
 * the rows as corrected, and the commit. Re-reading (a new year, another column mapping)
 * replaces the rows: corrections belong to one reading.
 */
export const useImporterStore = defineStore('importer', () => {
  const text = ref('')
  const source = ref<Source | null>(null)
  const format = ref<ImportFormat>('auto')
  const year = ref<number | null>(null)
  const columnMap = ref<(ImportColumnField | null)[] | null>(null)

  const job = ref<JobInfo | null>(null)
  const preview = shallowRef<ImportPreview | null>(null)
  const rows = shallowRef<PreviewRow[]>([])
  const error = ref<string | null>(null)
  const committing = ref(false)
  const result = ref<ImportCommitResult | null>(null)
  let running: RunningJob<ImportPreview> | null = null

  const teaching = useTeachingStore()
  const reading = computed(() => job.value?.state === 'running')
  const toImport = computed(() => rows.value.filter((row) => row.included && !(row.record.duplicate && row.decision === 'skip')))
  const invalidRows = computed(() => rows.value.filter((row) => row.included && Object.keys(row.errors).length > 0).length)
  const sourceName = computed(() => (source.value?.kind === 'file' ? source.value.name : null))

  /** `measure`: count the records the new reading changes (after an instruction). */
  async function read(measure = false): Promise<void> {
    const from = source.value
    if (!from) return
    running?.cancel()
    error.value = null
    result.value = null
    const args = {
      ...(from.kind === 'text' ? { text: from.text } : { base64: from.base64, fileName: from.name }),
      format: format.value,
      year: year.value,
      ...(columnMap.value ? { columnMap: columnMap.value } : {}),
      ...(teaching.instructions.length > 0 ? { instructions: teaching.instructions } : {}),
      profile: teaching.profile
    }
    const before = measure ? (preview.value?.records ?? null) : null
    try {
      const started = await api.importPreview(args)
      const mine = followJob<ImportPreview>(started, (info) => (job.value = info))
      running = mine
      const answer = await mine.done
      if (running !== mine) return
      preview.value = answer
      if (before !== null) teaching.changed = changedRecords(before, answer.records)
      rows.value = answer.records.map((record) => {
        const row: PreviewRow = { record, included: true, decision: record.duplicate ? 'skip' : 'keep', errors: {} }
        row.errors = checkRow(row)
        return row
      })
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CANCELLED') return
      // The readers speak of "the file"; pasted text is not one.
      error.value = from.kind === 'text' ? messageOf(e).replace(/\bthe file\b/g, 'the pasted text') : messageOf(e)
      preview.value = null
      rows.value = []
    } finally {
      job.value = null
    }
  }

  /** Reads pasted text (the textarea). */
  function readText(): Promise<void> {
    teaching.reset()
    source.value = { kind: 'text', text: text.value }
    columnMap.value = null
    return read()
  }

  /** Reads a chosen or dropped file; its bytes go to main, which knows the encodings. */
  async function readFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer())
    teaching.reset()
    source.value = { kind: 'file', name: file.name, base64: bytesToBase64(bytes), size: bytes.length }
    columnMap.value = null
    await read()
  }

  function setYear(value: number | null): Promise<void> {
    year.value = value
    return read()
  }

  function setFormat(value: ImportFormat): Promise<void> {
    format.value = value
    columnMap.value = null
    return read()
  }

  /** A new field for one CSV column: the file is read again at once with the whole mapping. */
  function mapColumn(index: number, field: ImportColumnField | null): Promise<void> {
    const current = columnMap.value ?? preview.value?.columns?.map((c) => c.field) ?? []
    columnMap.value = current.map((f, i) => (i === index ? field : f))
    return read()
  }

  /** One more instruction: the whole page is read again with it (the preview says how many records changed). */
  function teach(instruction: ReadingInstruction): Promise<void> {
    teaching.instructions = [...teaching.instructions, instruction]
    teaching.clearCuts()
    return read(true)
  }

  /** Takes back the last instruction given in this preview, and reads again. */
  function unteach(): Promise<void> {
    teaching.instructions = teaching.instructions.slice(0, -1)
    return read(true)
  }

  /** Reads with this profile, with none ('none'), or with the one the page matches ('auto'). */
  function readWithProfile(choice: 'auto' | 'none' | number): Promise<void> {
    teaching.profile = choice
    return read(true)
  }

  function cancel(): void {
    running?.cancel()
  }

  function replaceRow(index: number, next: PreviewRow): void {
    next.errors = checkRow(next)
    rows.value[index] = next
    triggerRef(rows)
  }

  /**
   * One corrected cell. A date cell reads free text as the form's date field does ("18 Jan 2012",
   * a range in the start cell fills both); the row's warnings follow the edit (shared/warnings).
   */
  async function setField(index: number, field: EditableField, value: string): Promise<void> {
    const row = rows.value[index]
    if (!row) return
    const trimmed = value.trim()
    const stored = field === 'title' ? trimmed : trimmed === '' ? null : field === 'countryCode' ? trimmed.toUpperCase() : trimmed
    let patch: Partial<PreviewRecord> = { [field]: stored }
    if ((field === 'startDate' || field === 'endDate') && stored && !isIsoPartialDate(stored)) patch = await readDateCell(field, stored)
    const current = rows.value[index] ?? row
    const record = { ...current.record, ...patch }
    // Judged against the record as read, so undoing a correction in the preview brings its warning back.
    const read = preview.value?.records[index] ?? current.record
    record.warnings = followWarnings(read.warnings, read, record)
    if (field === 'title') teaching.noteTitleCorrection(index, read.title, value)
    replaceRow(index, { ...current, record })
    await refreshDuplicate(index, record)
  }

  /**
   * The row's duplicate flag follows its corrected fields: the collection is asked again, and a
   * row newly flagged is skipped by default as on reading. An answer for a row edited again
   * meanwhile is dropped (the later edit asks for itself).
   */
  async function refreshDuplicate(index: number, record: PreviewRecord): Promise<void> {
    const { title, startDate, endDate, place, city, country, countryCode } = record
    let duplicate: PreviewRecord['duplicate']
    try {
      ;({ duplicate } = await api.importDuplicateOf({ record: { title, startDate, endDate, place, city, country, countryCode } }))
    } catch {
      return
    }
    const row = rows.value[index]
    if (!row || row.record !== record) return
    const decision = duplicate && !record.duplicate ? 'skip' : row.decision
    replaceRow(index, { ...row, decision, record: { ...record, duplicate } })
  }

  async function readDateCell(field: 'startDate' | 'endDate', text: string): Promise<Partial<PreviewRecord>> {
    try {
      const { reading } = await api.workspaceReadDate({ text })
      if (!reading?.startDate) return { [field]: text }
      const end = reading.endDate ?? reading.startDate
      if (field === 'endDate') return { endDate: end }
      return end !== reading.startDate ? { startDate: reading.startDate, endDate: end } : { startDate: reading.startDate }
    } catch {
      // Unread, the text stays in the cell and the row's check says what is wrong with it.
      return { [field]: text }
    }
  }

  function setIncluded(index: number, included: boolean): void {
    const row = rows.value[index]
    if (row) replaceRow(index, { ...row, included })
  }

  function setDecision(index: number, decision: DuplicateDecision): void {
    const row = rows.value[index]
    if (row) replaceRow(index, { ...row, decision })
  }

  /** A profile saved from this preview: the page was read with its instructions, so the import counts for it. */
  function savedHere(): number | null {
    return typeof teaching.profile === 'number' ? teaching.profile : null
  }

  async function commit(): Promise<void> {
    const p = preview.value
    if (!p || committing.value) return
    const notices = useNoticeStore()
    const history = useHistoryStore()
    const kept = rows.value.filter((row) => row.included)
    committing.value = true
    try {
      result.value = await api.importCommit({
        source: { fileName: sourceName.value, sha256: p.sha256, format: p.format, skippedLines: p.skipped.length, profileId: p.profile?.id ?? savedHere() },
        records: kept.map((row) => importRecordOf(row.record, row.decision))
      })
      notices.show(result.value.summary, 'info', history.undoAction(result.value.operation))
      preview.value = null
      rows.value = []
      text.value = ''
      source.value = null
      teaching.reset()
    } catch (e) {
      notices.show(messageOf(e), 'error')
    } finally {
      committing.value = false
    }
    await history.changed()
  }

  /** Back to an empty source, keeping the options. */
  function startOver(): void {
    cancel()
    preview.value = null
    rows.value = []
    error.value = null
    result.value = null
    columnMap.value = null
    teaching.reset()
    if (source.value?.kind === 'text') text.value = source.value.text
    source.value = null
  }

  return {
    text, source, format, year, columnMap, job, preview, rows, error, committing, result,
    reading, toImport, invalidRows, sourceName,
    readText, readFile, setYear, setFormat, mapColumn, teach, unteach, readWithProfile, cancel, setField, setIncluded, setDecision, commit, startOver
  }
})
