import type { RecordField } from './recordFields'

/**
 * What an export page selects. Every text value read becomes a JavaScript string (~0.1 µs each
 * here, whether the format writes it or not), so a page reads only the fields its format uses
 * (formatFields.ts) and selects a constant in place of the others: NULL, 0 or '' cost next to
 * nothing, and every row keeps the one layout of RawRow (pageRows.ts). The 13 default CSV
 * columns of a million records read in ~2.3 s this way, all 23 columns in ~2.8 s.
 */

/** RawRow's columns in order: the field, its column, and the constant selected when the field is not read. */
const PAGE_COLUMNS: readonly [field: Exclude<RecordField, 'tags'>, column: string, unread: string][] = [
  ['id', 'r.id', 'r.id'],
  ['uid', 'r.uid', "''"],
  ['status', 'r.status', '0'],
  ['title', 'r.title', "''"],
  ['startDate', 'r.start_date', 'NULL'],
  ['endDate', 'r.end_date', 'NULL'],
  ['dateText', 'r.date_text', 'NULL'],
  ['place', 'r.place', 'NULL'],
  ['city', 'r.city', 'NULL'],
  ['country', 'r.country', 'NULL'],
  ['countryCode', 'r.country_code', 'NULL'],
  ['notes', 'r.notes', 'NULL'],
  ['warnings', 'r.warnings', 'NULL'],
  ['confidence', 'r.confidence', 'NULL'],
  ['batchId', 'r.batch_id', 'NULL'],
  ['sourceFile', 'r.source_file', 'NULL'],
  ['sourceLine', 'r.source_line', 'NULL'],
  ['sourceText', 'r.source_text', 'NULL'],
  ['mergedInto', 'r.merged_into', 'NULL'],
  ['deletedAt', 'r.deleted_at', 'NULL'],
  ['createdAt', 'r.created_at', "''"],
  ['updatedAt', 'r.updated_at', "''"],
  ['version', 'r.version', '0']
]

const KNOWN = new Set<string>(['tags', ...PAGE_COLUMNS.map(([field]) => field)])

export interface PageSelect {
  /** The select list, on alias `r`, in RawRow's order; r.id always comes first (the pager's cursor). */
  readonly sql: string
  /** Whether the records' tags are read (a query of their own per page, see pageTags.ts). */
  readonly tags: boolean
}

/** What a page selects to read `fields` (any order, repeats allowed) and the id. */
export function pageSelect(fields: readonly RecordField[]): PageSelect {
  const wanted = new Set<string>(fields)
  for (const field of wanted) if (!KNOWN.has(field)) throw new Error(`not a record field: ${field}`)
  const sql = PAGE_COLUMNS.map(([field, column, unread]) => (wanted.has(field) ? column : unread)).join(', ')
  return { sql, tags: wanted.has('tags') }
}
