import type { ImportColumnField, ImportFormat } from '../../../../shared/contracts/import'
import type { EditableField } from '../../stores/importer'

/** The fields the preview lets the archivist correct, in column order. */
export const EDITABLE_COLUMNS: { field: EditableField; label: string; placeholder: string }[] = [
  { field: 'title', label: 'Title', placeholder: 'Title (required)' },
  { field: 'startDate', label: 'Start', placeholder: 'no date' },
  { field: 'endDate', label: 'End', placeholder: '—' },
  { field: 'place', label: 'Place as written', placeholder: 'no place' },
  { field: 'city', label: 'City', placeholder: '—' },
  { field: 'country', label: 'Country', placeholder: '—' },
  { field: 'countryCode', label: 'Code', placeholder: '—' }
]

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  auto: 'Detect',
  text: 'Listing text',
  csv: 'CSV / TSV',
  json: 'JSON'
}

export const COLUMN_FIELD_LABELS: Record<ImportColumnField, string> = {
  title: 'Title',
  date: 'Date (as written)',
  startDate: 'Start date',
  endDate: 'End date',
  place: 'Place',
  city: 'City',
  country: 'Country',
  notes: 'Notes',
  tags: 'Tags'
}
