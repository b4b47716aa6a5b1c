import type { EventRecord } from '../../../shared/record'
import type { SortField } from '../../../shared/query'

export interface Column {
  key: string
  label: string
  width: number
  sort?: SortField
  value: (record: EventRecord) => string
}

export function formatDates(record: Pick<EventRecord, 'startDate' | 'endDate'>): string {
  const { startDate, endDate } = record
  if (!startDate) return ''
  if (!endDate || endDate === startDate) return startDate
  return `${startDate} – ${endDate}`
}

export const COLUMNS: Column[] = [
  { key: 'title', label: 'Title', width: 420, sort: 'title', value: (r) => r.title },
  { key: 'dates', label: 'Dates', width: 190, sort: 'startDate', value: formatDates },
  { key: 'place', label: 'Place (as written)', width: 220, sort: 'place', value: (r) => r.place ?? '' },
  { key: 'city', label: 'City', width: 140, sort: 'city', value: (r) => r.city ?? '' },
  { key: 'country', label: 'Country', width: 150, sort: 'country', value: (r) => (r.country ? `${r.country}${r.countryCode ? ` (${r.countryCode})` : ''}` : (r.countryCode ?? '')) },
  { key: 'tags', label: 'Tags', width: 160, value: (r) => r.tags.join(', ') }
]
