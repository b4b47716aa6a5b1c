import type { GeneratedRecord } from './types'
import { formatDateText } from './dateText'

const MS_PER_DAY = 86_400_000
const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY

/**
 * The block layout of a copied listing page (like the ICC fixture): title, blank line,
 * date line, blank line, place line, then two blank lines. A record without a place has
 * no place line, as in the fixture.
 */
export function renderAsListingText(records: readonly GeneratedRecord[]): string {
  const blocks: string[] = []
  for (const record of records) {
    const lines = [record.title, '', record.dateText]
    if (record.place) lines.push('', record.place)
    blocks.push(lines.join('\n'))
  }
  return blocks.length === 0 ? '' : `${blocks.join('\n\n\n')}\n\n\n`
}

/** One event per line: `Title – City, Country – 3–5 May 2019`. */
export function renderAsOneLine(records: readonly GeneratedRecord[]): string {
  const lines: string[] = []
  for (const record of records) {
    const where = record.city ? [record.city, record.country].filter(Boolean).join(', ') : record.place
    const when = formatDateText(dayNumber(record.startDate), dayNumber(record.endDate), 'en-dash', 'en')
    lines.push([record.title, where, when].filter(Boolean).join(' – '))
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

export const CSV_HEADER = ['title', 'start date', 'end date', 'date text', 'place', 'city', 'country', 'country code', 'notes', 'tags'] as const

/** RFC 4180: CRLF line ends, fields with commas, quotes or line breaks quoted, quotes doubled. */
function csvField(value: string | null): string {
  if (value === null) return ''
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** CSV with a header row; tags are joined with `; `. */
export function renderAsCsv(records: readonly GeneratedRecord[]): string {
  const rows: string[] = [CSV_HEADER.join(',')]
  for (const record of records) {
    const fields = [
      record.title,
      record.startDate,
      record.endDate,
      record.dateText,
      record.place,
      record.city,
      record.country,
      record.countryCode,
      record.notes,
      record.tags.length > 0 ? record.tags.join('; ') : null
    ]
    rows.push(fields.map(csvField).join(','))
  }
  return `${rows.join('\r\n')}\r\n`
}
