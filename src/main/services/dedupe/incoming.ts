import type { Db } from '../../db/open'
import { STATUS_CODES } from '../../db/recordRows'
import type { DedupeRecord } from './types'
import { eventDayRange } from './normalize/dates'
import { scanDuplicates } from './engine/scan'
import { BUCKET_DAYS } from './engine/blockingKeys'
import { DEFAULT_THRESHOLD } from './engine/weights'
import { loadModel } from './service/modelStore'

/** An incoming record (not stored yet): the fields matching reads. */
export type IncomingRecord = Omit<DedupeRecord, 'id'>

export interface IncomingMatch {
  /** Index of the incoming record in the array given. */
  index: number
  /** Existing active records it likely duplicates, best first. */
  matches: { id: number; score: number; reasons: string[] }[]
}

export interface IncomingOptions {
  threshold?: number
  /** Matches kept per incoming record (default 5). */
  maxPerRecord?: number
}

/** Candidates are existing records starting this many days around an incoming record's span. */
const WINDOW_DAYS = BUCKET_DAYS + 8
const MS_PER_DAY = 86_400_000

const isoDay = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10)

/** Day ranges around the incoming records, overlapping ones joined, so each is read once. */
function candidateWindows(incoming: readonly IncomingRecord[]): [number, number][] {
  const spans: [number, number][] = []
  for (const record of incoming) {
    const range = eventDayRange(record.startDate, record.endDate)
    if (range) spans.push([range.first - WINDOW_DAYS, range.last + WINDOW_DAYS])
  }
  spans.sort((x, y) => x[0] - y[0])
  const joined: [number, number][] = []
  for (const span of spans) {
    const last = joined[joined.length - 1]
    if (last && span[0] <= last[1] + 1) last[1] = Math.max(last[1], span[1])
    else joined.push([...span])
  }
  return joined
}

/**
 * Flags incoming records (an import preview) that likely duplicate records already in the
 * collection, with the same engine, scores and reasons as the duplicate scan. Only existing
 * records whose dates fall near an incoming record's are read, so a small import into a
 * million records stays quick. Undated records are not matched: without dates no pair can
 * reach a threshold above 0.7 (dates are what tell repeated events apart).
 * Duplicates among the incoming records themselves are not reported here.
 */
export function findMatchesForIncoming(db: Db, incoming: readonly IncomingRecord[], options: IncomingOptions = {}): IncomingMatch[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const maxPerRecord = options.maxPerRecord ?? 5
  const select = db.prepare(
    `SELECT id, title, start_date AS startDate, end_date AS endDate, place, city, country, country_code AS countryCode, date_text AS dateText
     FROM records WHERE status = ${STATUS_CODES.active} AND (
       (start_date >= ? AND start_date <= ?) OR start_date IN (?, ?, ?, ?))`
  )
  const existing = new Map<number, DedupeRecord>()
  for (const [first, last] of candidateWindows(incoming)) {
    const from = isoDay(first)
    const to = isoDay(last)
    // Vague stored dates (`2015`, `2015-10`) sort before their days, so they are asked for by name.
    const rows = select.all(from, to, from.slice(0, 4), from.slice(0, 7), to.slice(0, 4), to.slice(0, 7)) as DedupeRecord[]
    for (const row of rows) existing.set(row.id, row)
  }
  if (existing.size === 0) return []

  // Incoming records take negative ids so they can never collide with stored ones.
  const combined: DedupeRecord[] = [...existing.values(), ...incoming.map((record, index) => ({ ...record, id: -(index + 1) }))]
  const scan = scanDuplicates(combined, { threshold, model: loadModel(db) })
  let step = scan.next()
  while (!step.done) step = scan.next()

  const byIndex = new Map<number, IncomingMatch>()
  for (const pair of step.value) {
    // a < b: a crossing pair has the incoming (negative) id as a and a stored id as b.
    if (pair.a >= 0 || pair.b < 0) continue
    const index = -pair.a - 1
    let entry = byIndex.get(index)
    if (!entry) byIndex.set(index, (entry = { index, matches: [] }))
    if (entry.matches.length < maxPerRecord) entry.matches.push({ id: pair.b, score: pair.score, reasons: pair.reasons })
  }
  return [...byIndex.values()].sort((x, y) => x.index - y.index)
}
