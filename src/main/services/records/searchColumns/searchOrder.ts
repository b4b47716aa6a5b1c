import type { Db } from '../../../db/open'
import type { RecordQuery, SortField } from '../../../../shared/query'
import { toFtsQuery } from '../ftsQuery'
import { searchColumnsFor, type SearchColumns, type TextColumn } from './store'
import { fullTextMatches } from './fullTextMatches'
import { filterPredicates, filtersTags, keepMatching } from './filterPredicates'

/** The sorts the columns hold: dates and places by their distinct values, titles by rank. */
const TEXT_SORTS: Partial<Record<SortField, TextColumn>> = {
  startDate: 'startDate', endDate: 'endDate', place: 'place', city: 'city', country: 'country', countryCode: 'countryCode'
}

/**
 * The ids of a searched query's matches in its order, read from the search columns: the same
 * answer as queryBuilder's SQL, which the tests hold it to. Null when the columns cannot answer
 * (not loaded yet, a tag filter, a sort by creation or change time): the caller asks SQLite.
 */
export function searchOrderFromColumns(db: Db, query: RecordQuery): Int32Array | null {
  const ftsQuery = query.search ? toFtsQuery(query.search) : null
  const f = query.filters ?? {}
  // Tags live in their own table; those queries stay with SQLite.
  if (!ftsQuery || filtersTags(f)) return null
  const sort = query.sort ?? { field: 'startDate', direction: 'desc' }
  const textSort = TEXT_SORTS[sort.field]
  if (!textSort && sort.field !== 'title' && sort.field !== 'id') return null
  const columns = searchColumnsFor(db)
  if (!columns.prepare(sort.field === 'title')) return null

  const matches = fullTextMatches(db, ftsQuery)
  const tests = Object.values(filterPredicates(columns, f))
  const kept = matches.subarray(0, keepMatching(columns, matches, query.status === 'trashed' ? 1 : 0, tests))
  const descending = sort.direction === 'desc'
  if (sort.field === 'id') return descending ? kept.reverse() : kept
  if (!textSort) return inTitleOrder(columns, kept, descending)
  // Rank 0 is an empty value: last either way, as the SQL's NULLS LAST / DESC puts it.
  const table = columns.dictionaries[textSort].rankTable()
  const codes = columns.codes[textSort]
  const emptyRank = descending ? 0 : table.length + 1
  const ranks = new Int32Array(kept.length)
  for (let i = 0; i < kept.length; i++) {
    const rank = table[codes[kept[i]!]!]!
    ranks[i] = rank === 0 ? emptyRank : rank
  }
  const ordered = sortByRank(kept, ranks)
  return descending ? ordered.reverse() : ordered
}

/** Title keys are unique (the id breaks ties), so sorting the keys alone gives the order. */
function inTitleOrder(columns: SearchColumns, ids: Int32Array, descending: boolean): Int32Array {
  const order = columns.titleOrder!
  const keys = new Float64Array(ids.length)
  for (let i = 0; i < ids.length; i++) keys[i] = order.key(ids[i]!)
  keys.sort()
  const out = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) out[i] = order.idOf(keys[descending ? ids.length - 1 - i : i]!)
  return out
}

const ID_SPAN = 2 ** 31

/**
 * Ids (ascending) ordered by rank, equal ranks in id order: the SQL's tie-break. A counting
 * sort when the ranks are few next to the matches (dates, cities: linear), else one sort of
 * rank × 2^31 + id packed in a double (places: many values, few matches).
 */
function sortByRank(ids: Int32Array, ranks: Int32Array): Int32Array {
  let max = 0
  for (let i = 0; i < ranks.length; i++) if (ranks[i]! > max) max = ranks[i]!
  if (max > 4 * ids.length + 1024) {
    const packed = new Float64Array(ids.length)
    for (let i = 0; i < ids.length; i++) packed[i] = ranks[i]! * ID_SPAN + ids[i]!
    packed.sort()
    const out = new Int32Array(ids.length)
    for (let i = 0; i < ids.length; i++) out[i] = packed[i]! % ID_SPAN
    return out
  }
  const starts = new Int32Array(max + 2)
  for (let i = 0; i < ranks.length; i++) starts[ranks[i]! + 1]!++
  for (let r = 0; r <= max; r++) starts[r + 1]! += starts[r]!
  const out = new Int32Array(ids.length)
  for (let i = 0; i < ids.length; i++) out[starts[ranks[i]!]!++] = ids[i]!
  return out
}
