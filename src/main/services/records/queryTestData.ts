/**
 * A small collection for the query builder's tests, written through the operation log into a
 * real SQLite file, and a plain-JavaScript reading of what each search and filter should select.
 * The tests compare SQLite's answer with this reference for every filter, sort and search.
 */
import type { Services } from '../context'
import type { RecordFilters, RecordScope, SortField } from '../../../shared/query'
import type { EventRecord } from '../../../shared/record'
import { RecordService } from './recordService'

interface Seed {
  title: string
  startDate?: string
  endDate?: string
  place?: string
  city?: string
  country?: string
  countryCode?: string
  notes?: string
  tags?: string[]
  batch?: 1 | 2
  warnings?: string[]
  trashed?: boolean
}

export const SEEDS: Seed[] = [
  { title: 'Unlocking the potential of refugees', startDate: '2015-10-29', endDate: '2015-10-30', place: 'Neuchâtel (Switzerland)', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', tags: ['refugees', 'integration'], batch: 1 },
  { title: 'Intercultural cities network meeting', startDate: '2015-03-02', endDate: '2015-03-03', place: 'Montréal, Canada', city: 'Montréal', country: 'Canada', countryCode: 'CA', tags: ['network'], batch: 1 },
  { title: 'Study visit on diversity advantage', startDate: '2014-06', place: 'Lisbon (Portugal)', city: 'Lisbon', country: 'Portugal', countryCode: 'PT', batch: 1, warnings: ['only a month'] },
  { title: 'Seminar: NEAR and FAR from "home"', startDate: '2012', place: 'Berlin', city: 'Berlin', country: 'Germany', countryCode: 'DE', notes: 'title:quoted * stars (unbalanced', tags: ['integration'], batch: 2 },
  { title: 'Round table on intercultural mediation', startDate: '2012-11-05', endDate: '2012-11-05', place: 'Geneva, Switzerland', city: 'Geneva', country: 'Switzerland', countryCode: 'CH', notes: 'Held at the Palais des Nations', tags: ['mediation', 'network'], batch: 2 },
  { title: 'ZEN workshop', startDate: '2019-01-20', city: 'Zürich', country: 'Switzerland', countryCode: 'CH', place: '', tags: ['refugees'], warnings: ['place missing'] },
  { title: 'annual summit', startDate: '2019-09-09', endDate: '2019-09-11', place: 'online' },
  { title: 'Forum on inclusive integration', place: 'Lyon (France)', city: 'Lyon', country: 'France', countryCode: 'FR', tags: ['integration', 'forum'], batch: 1 },
  { title: 'Trashed conference in Neuchâtel', startDate: '2016-05-01', place: 'Neuchâtel', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', tags: ['refugees'], batch: 2, trashed: true },
  { title: 'Trashed meeting without place', startDate: '2010-02-02', trashed: true, warnings: ['no place'] },
  { title: 'Expert visit to Montreal', startDate: '2015-12-01', place: 'Montreal', city: 'Montreal', country: 'Canada', countryCode: 'CA', notes: 'Spelt without the accent', batch: 2 },
  { title: 'Bergen conference on cities', startDate: '2011-04-04', endDate: '2011-04-06', place: 'Bergen (Norway)', city: 'Bergen', country: 'Norway', countryCode: 'NO', tags: ['network', 'forum'] }
]

/** Writes SEEDS through the operation log (as the app does) and returns the stored records. */
export function seedQueryData(s: Services): EventRecord[] {
  const { db, log } = s
  const batchId = (n: number): number =>
    Number(db.prepare("INSERT INTO import_batches(file_name, format, created_at) VALUES (?, 'text', ?)").run(`batch-${n}.txt`, `2024-0${n}-01T10:00:00Z`).lastInsertRowid)
  const batches = { 1: batchId(1), 2: batchId(2) }
  const ids = log.run('test.seed', 'Seed', (ctx) =>
    SEEDS.map((seed, i) =>
      ctx.insert({
        ...seed,
        createdAt: `2024-01-01T00:00:${String(59 - i).padStart(2, '0')}Z`,
        batchId: seed.batch ? batches[seed.batch] : null,
        sourceFile: seed.batch ? `batch-${seed.batch}.txt` : null,
        sourceLine: seed.batch ? i + 1 : null,
        warnings: seed.warnings ?? []
      })
    )
  ).result
  const trashed = ids.filter((_, i) => SEEDS[i]!.trashed)
  new RecordService(db, log).trash(trashed)
  return ids.map((id) => s.records.get(id))
}

/** How the unicode61 tokenizer with remove_diacritics folds text: lower case, no accents. */
const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
const words = (text: string): string[] => fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean)

/** The reference reading of a search: every word a prefix of some word, every "phrase" consecutive. */
export function matchesSearch(record: EventRecord, search: string | undefined): boolean {
  if (!search) return true
  const haystacks = [record.title, record.place ?? '', record.notes ?? ''].map(words)
  const terms: { phrase: string[] | null; word: string }[] = []
  for (const m of search.matchAll(/"([^"]*)"?|(\S+)/g)) {
    if (m[1] !== undefined) {
      const phrase = words(m[1])
      if (phrase.length > 0) terms.push({ phrase, word: '' })
    } else for (const word of words(m[2] ?? '')) terms.push({ phrase: null, word })
  }
  return terms.every((term) =>
    haystacks.some((h) => (term.phrase ? h.some((_, i) => term.phrase!.every((p, j) => h[i + j] === p)) : h.some((w) => w.startsWith(term.word))))
  )
}

const year = (r: EventRecord): number | null => (r.startDate ? Number(r.startDate.slice(0, 4)) : null)
const empty = (v: string | null): boolean => v === null || v === ''

/** The reference reading of filters (the same "or" and "and" rules the query builder documents). */
export function matchesFilters(r: EventRecord, f: RecordFilters): boolean {
  const y = year(r)
  if (f.yearFrom !== undefined || f.yearTo !== undefined || f.noDate) {
    const hasRange = f.yearFrom !== undefined || f.yearTo !== undefined
    const inRange = hasRange && y !== null && (f.yearFrom === undefined || y >= f.yearFrom) && (f.yearTo === undefined || y <= f.yearTo)
    if (!(inRange || (f.noDate && r.startDate === null))) return false
  }
  if ((f.countryCodes?.length ?? 0) > 0 || f.noCountry) {
    if (!((f.countryCodes ?? []).includes(r.countryCode ?? '') || (f.noCountry && r.countryCode === null))) return false
  }
  if ((f.cities?.length ?? 0) > 0 || f.noCity) {
    if (!((f.cities ?? []).includes(r.city ?? '\u0000') || (f.noCity && empty(r.city)))) return false
  }
  if ((f.tags?.length ?? 0) > 0 || f.noTags) {
    const all = (f.tags?.length ?? 0) > 0 && f.tags!.every((t) => r.tags.some((x) => x.toLowerCase() === t.toLowerCase()))
    if (!(all || (f.noTags && r.tags.length === 0))) return false
  }
  if ((f.batchIds?.length ?? 0) > 0 && !f.batchIds!.includes(r.batchId ?? -1)) return false
  if (f.hasWarnings !== undefined && f.hasWarnings !== r.warnings.length > 0) return false
  if (f.noPlace !== undefined && f.noPlace !== empty(r.place)) return false
  return true
}

export function referenceSelect(records: EventRecord[], scope: RecordScope): EventRecord[] {
  const status = scope.status ?? 'active'
  return records.filter((r) => r.status === status && matchesSearch(r, scope.search) && matchesFilters(r, scope.filters ?? {}))
}

const SORT_VALUE: Record<SortField, (r: EventRecord) => string | number | null> = {
  title: (r) => r.title,
  startDate: (r) => r.startDate,
  endDate: (r) => r.endDate,
  place: (r) => r.place,
  city: (r) => r.city,
  country: (r) => r.country,
  countryCode: (r) => r.countryCode,
  createdAt: (r) => r.createdAt,
  updatedAt: (r) => r.updatedAt,
  id: (r) => r.id
}
const NOCASE: SortField[] = ['title', 'place', 'city', 'country']
/** SQLite's NOCASE folds ASCII letters only. */
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/** The reference order: empty values last in both directions, ties broken by id the same way. */
export function referenceSort(records: EventRecord[], field: SortField, direction: 'asc' | 'desc'): number[] {
  const sign = direction === 'asc' ? 1 : -1
  const value = (r: EventRecord): string | number | null => {
    const v = SORT_VALUE[field](r)
    return typeof v === 'string' && NOCASE.includes(field) ? asciiLower(v) : v
  }
  return [...records]
    .sort((a, b) => {
      const va = value(a)
      const vb = value(b)
      if (va === null && vb !== null) return 1
      if (vb === null && va !== null) return -1
      if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * sign
      return (a.id - b.id) * sign
    })
    .map((r) => r.id)
}
