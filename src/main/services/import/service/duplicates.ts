import type { Db } from '../../../db/open'
import { STATUS_CODES } from '../../../db/recordRows'
import { DEFAULT_THRESHOLD, scorePair, type DedupeRecord, type MatchModel } from '../../dedupe'
import { loadModel } from '../../dedupe/service/modelStore'
import type { ParseSteps } from '../steps'
import type { PreviewRecord } from '../../../../shared/contracts/import'

export type DuplicateFlag = NonNullable<PreviewRecord['duplicate']>

/** Incoming records compared between two yields. */
const SLICE = 500
/**
 * Existing records read per start date. A date with more records than this is a date of a
 * big series; the first ones by id are compared, which is enough for a preview's hint (the
 * duplicates view does the full scan).
 */
const CANDIDATES_PER_DATE = 200

type Incoming = Pick<PreviewRecord, 'title' | 'startDate' | 'endDate' | 'place' | 'city' | 'country' | 'countryCode'>

/**
 * Flags incoming records that look like records already in the collection: an active record
 * with the same start date whose pair score (title, dates, place, country: the duplicate
 * engine's scorePair) reaches the engine's threshold. Same title in another city scores
 * below it, so a series held in several places is not flagged. One flag per record: the best.
 */
export function* duplicateSteps(db: Db, incoming: readonly Incoming[]): ParseSteps<(DuplicateFlag | null)[]> {
  const byDate = db.prepare(
    `SELECT id, title, start_date AS startDate, end_date AS endDate, place, city, country, country_code AS countryCode
     FROM records WHERE status = ${STATUS_CODES.active} AND start_date = ? ORDER BY id LIMIT ${CANDIDATES_PER_DATE}`
  )
  const candidatesOf = new Map<string, DedupeRecord[]>()
  const flags: (DuplicateFlag | null)[] = []
  // The collection's own model, the one its duplicate scans score with.
  const model = loadModel(db)
  // An empty collection (the first import) has nothing to repeat.
  if (db.prepare(`SELECT 1 FROM records WHERE status = ${STATUS_CODES.active} LIMIT 1`).get() === undefined) {
    return incoming.map(() => null)
  }
  for (let index = 0; index < incoming.length; index++) {
    if (index % SLICE === 0) yield index / incoming.length
    const record = incoming[index] as Incoming
    if (record.startDate === null) {
      flags.push(null)
      continue
    }
    let candidates = candidatesOf.get(record.startDate)
    if (candidates === undefined) {
      candidates = byDate.all(record.startDate) as DedupeRecord[]
      candidatesOf.set(record.startDate, candidates)
    }
    flags.push(
      bestMatch(
        {
          id: 0,
          title: record.title,
          startDate: record.startDate,
          endDate: record.endDate,
          place: record.place,
          city: record.city,
          country: record.country,
          countryCode: record.countryCode
        },
        candidates,
        model
      )
    )
  }
  return flags
}

function bestMatch(record: DedupeRecord, candidates: readonly DedupeRecord[], model: MatchModel): DuplicateFlag | null {
  let best: DuplicateFlag | null = null
  for (const candidate of candidates) {
    const pair = scorePair(record, candidate, model)
    if (pair.score < DEFAULT_THRESHOLD || (best !== null && pair.score <= best.score)) continue
    best = {
      id: candidate.id,
      title: candidate.title,
      startDate: candidate.startDate,
      place: candidate.place,
      score: Math.round(pair.score * 100) / 100,
      reasons: pair.reasons
    }
  }
  return best
}
