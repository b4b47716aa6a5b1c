import type { EventRecord } from '../../../../shared/record'
import type { MergeFields } from '../../../../shared/contracts/dedupe'

export type MergeField = keyof MergeFields

/** The fields the archivist picks a value for, in the order of the record form. */
export const MERGE_FIELDS: { key: MergeField; label: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'startDate', label: 'Start date' },
  { key: 'endDate', label: 'End date' },
  { key: 'dateText', label: 'Date as written' },
  { key: 'place', label: 'Place as written' },
  { key: 'city', label: 'City' },
  { key: 'country', label: 'Country' },
  { key: 'countryCode', label: 'Code' },
  { key: 'notes', label: 'Notes' }
]

/** A choice for one field: a record whose value to keep, or the value typed by the archivist. */
export type Choice = number | 'typed'

const filledCount = (record: EventRecord): number =>
  MERGE_FIELDS.reduce((n, { key }) => n + (record[key] ? 1 : 0), 0) + (record.tags.length > 0 ? 1 : 0)

/** The record proposed to keep: the most complete, the oldest on a tie (as batch accept does). */
export function proposedSurvivor(records: readonly EventRecord[]): EventRecord | undefined {
  return [...records].sort((x, y) => filledCount(y) - filledCount(x) || x.id - y.id)[0]
}

const normalised = (value: string | null): string => (value ?? '').trim().replace(/\s+/g, ' ')

/** Whether the records disagree on a field (blank counts as a value). */
export function differs(records: readonly EventRecord[], field: MergeField): boolean {
  return new Set(records.map((r) => normalised(r[field]))).size > 1
}

/** Default choices: the survivor's value, or the first other record's where the survivor has none. */
export function defaultChoices(survivor: EventRecord, records: readonly EventRecord[]): Record<MergeField, Choice> {
  const choices = {} as Record<MergeField, Choice>
  for (const { key } of MERGE_FIELDS) choices[key] = survivor[key] ? survivor.id : (records.find((r) => r[key])?.id ?? survivor.id)
  return choices
}

/** The values to send: only fields whose chosen value differs from the survivor's own. */
export function chosenFields(
  survivor: EventRecord,
  records: readonly EventRecord[],
  choices: Record<MergeField, Choice>,
  typed: Record<MergeField, string>
): MergeFields {
  const fields: Record<string, string | null> = {}
  for (const { key } of MERGE_FIELDS) {
    const choice = choices[key]
    const value = choice === 'typed' ? typed[key].trim() || null : (records.find((r) => r.id === choice)?.[key] ?? null)
    // A record needs a title: an emptied title box keeps the survivor's.
    if (key === 'title' && value === null) continue
    if (value !== survivor[key]) fields[key] = key === 'countryCode' && value ? value.toUpperCase() : value
  }
  return fields as MergeFields
}

export function sourceOf(record: EventRecord): string {
  if (!record.sourceFile) return record.batchId ? `import batch ${record.batchId}` : 'typed in'
  return record.sourceLine ? `${record.sourceFile}, line ${record.sourceLine}` : record.sourceFile
}

/** A score as a percentage; only a perfect score reads 100%. */
export function formatScore(score: number): string {
  return `${score < 1 ? Math.min(99, Math.round(score * 100)) : 100}%`
}
