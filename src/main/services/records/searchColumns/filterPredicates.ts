import type { RecordFilters } from '../../../../shared/query'
import type { FACET_FILTERS } from '../queryBuilder'
import { FLAG_PLACELESS, FLAG_WARNED, type SearchColumns, type TextColumn } from './store'

export type FilterGroup = keyof typeof FACET_FILTERS
export type IdTest = (id: number) => boolean

/**
 * queryBuilder's fieldConditions in JavaScript, one test per filter group the filters use (a
 * facet leaves its own group out). Tags are not in the columns: callers leave tag filters to
 * SQLite. Each test looks up a per-value verdict table, so it costs an array read or two.
 */
export function filterPredicates(columns: SearchColumns, f: RecordFilters): Partial<Record<Exclude<FilterGroup, 'tag'>, IdTest>> {
  const { flags, batch, codes, dictionaries } = columns
  const tests: Partial<Record<Exclude<FilterGroup, 'tag'>, IdTest>> = {}

  const hasRange = f.yearFrom !== undefined || f.yearTo !== undefined
  if (hasRange || f.noDate === true) {
    const years = columns.startYears()
    const from = f.yearFrom ?? -Infinity
    const to = f.yearTo ?? Infinity
    // Per start-date value: does it pass? Code 0 (no date) passes only with noDate.
    const passes = new Uint8Array(years.length)
    passes[0] = f.noDate === true ? 1 : 0
    for (let code = 1; code < years.length; code++) passes[code] = hasRange && years[code]! >= from && years[code]! <= to ? 1 : 0
    const startDates = codes.startDate
    tests.year = (id) => passes[startDates[id]!] === 1
  }
  const inValues = (column: TextColumn, values: readonly string[] | undefined, orEmpty: boolean, emptyString: boolean): IdTest | undefined => {
    if ((values?.length ?? 0) === 0 && !orEmpty) return undefined
    const dictionary = dictionaries[column]
    const passes = new Uint8Array(dictionary.size + 1)
    for (const value of values ?? []) {
      const code = dictionary.codeOf(value)
      if (code !== undefined) passes[code] = 1
    }
    if (orEmpty) {
      passes[0] = 1
      const blank = emptyString ? dictionary.codeOf('') : undefined
      if (blank !== undefined) passes[blank] = 1
    }
    const columnCodes = codes[column]
    return (id) => passes[columnCodes[id]!] === 1
  }
  tests.country = inValues('countryCode', f.countryCodes, f.noCountry === true, false)
  tests.city = inValues('city', f.cities, f.noCity === true, true)
  if ((f.batchIds?.length ?? 0) > 0) {
    const chosen = new Set(f.batchIds)
    tests.batch = (id) => chosen.has(batch[id]!)
  }
  if (f.hasWarnings !== undefined) {
    const want = f.hasWarnings ? FLAG_WARNED : 0
    tests.warnings = (id) => (flags[id]! & FLAG_WARNED) === want
  }
  if (f.noPlace !== undefined) {
    const want = f.noPlace ? FLAG_PLACELESS : 0
    tests.place = (id) => (flags[id]! & FLAG_PLACELESS) === want
  }
  for (const group of Object.keys(tests) as (keyof typeof tests)[]) if (!tests[group]) delete tests[group]
  return tests
}

/** True when the filters include tags, which the columns do not hold. */
export const filtersTags = (f: RecordFilters): boolean => (f.tags?.length ?? 0) > 0 || f.noTags === true

/** Keeps, at the front of `ids`, those with the status that pass every test; returns how many. */
export function keepMatching(columns: SearchColumns, ids: Int32Array, status: 0 | 1, tests: readonly IdTest[]): number {
  const statuses = columns.status
  let n = 0
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!
    if (id < statuses.length && statuses[id] === status) ids[n++] = id
  }
  for (const test of tests) {
    let kept = 0
    for (let i = 0; i < n; i++) if (test(ids[i]!)) ids[kept++] = ids[i]!
    n = kept
  }
  return n
}
