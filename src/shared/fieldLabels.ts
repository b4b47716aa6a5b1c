import type { ExportColumn } from './contracts/export'

/**
 * The one catalogue of what the archivist calls each field of a record. Screens (export columns,
 * bulk edit) and error messages read it, so an error names the field the way the UI does
 * ("Source text: too long", never "sourceText: Too big").
 */
export const FIELD_LABELS: Record<ExportColumn, string> = {
  id: 'Id',
  uid: 'UID',
  title: 'Title',
  startDate: 'Start date',
  endDate: 'End date',
  dateText: 'Date as written',
  place: 'Place as written',
  city: 'City',
  country: 'Country',
  countryCode: 'Country code',
  notes: 'Notes',
  tags: 'Tags',
  status: 'Status',
  warnings: 'Warnings',
  confidence: 'Confidence',
  batchId: 'Import batch',
  sourceFile: 'Source file',
  sourceLine: 'Source line',
  sourceText: 'Source text',
  mergedInto: 'Merged into',
  deletedAt: 'Deleted at',
  createdAt: 'Created at',
  updatedAt: 'Updated at',
  version: 'Version'
}

/** What one element of a list is called, for "record 4" instead of "records.3". */
const ELEMENT_NAMES: Record<string, string> = { records: 'record', tags: 'tag', rules: 'rule', steps: 'step', ids: 'id', warnings: 'warning' }

/** Containers whose name means nothing to the archivist: left out, or said plainly. */
const CONTAINER_WORDS: Record<string, string | null> = { identity: null, provenance: 'original', patch: null, fields: null, rule: null, op: 'operation' }

export function fieldLabel(key: string): string {
  return Object.prototype.hasOwnProperty.call(FIELD_LABELS, key) ? FIELD_LABELS[key as ExportColumn] : key
}

/** A validation path in the archivist's words: ['records', 3, 'sourceText'] → "record 4, Source text". */
export function describePath(path: readonly PropertyKey[]): string {
  const parts: string[] = []
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const list = path[i - 1]
      const element = typeof list === 'string' ? ELEMENT_NAMES[list] : undefined
      if (element !== undefined && parts.length > 0 && parts[parts.length - 1] === fieldLabel(list as string)) parts.pop()
      parts.push(`${element ?? 'item'} ${segment + 1}`)
    } else {
      const name = String(segment)
      const word = Object.prototype.hasOwnProperty.call(CONTAINER_WORDS, name) ? CONTAINER_WORDS[name] : fieldLabel(name)
      if (word !== null && word !== undefined) parts.push(word)
    }
  })
  return parts.join(', ')
}
