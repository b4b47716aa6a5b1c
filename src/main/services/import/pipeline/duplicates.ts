import type { Db } from '../../../db/open'
import { STATUS_CODES } from '../../../db/recordRows'
import { DEFAULT_THRESHOLD, type DedupeRecord } from '../../dedupe'
import { FeatureTableBuilder } from '../../dedupe/engine/features'
import { PairScorer } from '../../dedupe/engine/pairScorer'
import { loadModel } from '../../dedupe/service/modelStore'
import { NEAR_DAYS } from '../../dedupe/model/levels'
import { runSteps, type ParseSteps } from '../steps'
import { isIsoPartialDate } from '../../../../shared/dates'
import type { PreviewRecord } from '../../../../shared/contracts/import'

export type DuplicateFlag = NonNullable<PreviewRecord['duplicate']>

/** Incoming records compared between two yields. */
const SLICE = 500
/**
 * Existing records read per start window. A date with more records than this is a date of a
 * big series; the first ones by id are compared, which is enough for a preview's hint (the
 * duplicates view does the full scan).
 */
const CANDIDATES_PER_DATE = 200

type Incoming = Pick<PreviewRecord, 'title' | 'startDate' | 'endDate' | 'place' | 'city' | 'country' | 'countryCode'>

/**
 * Flags incoming records that look like records already in the collection: an active record
 * starting within a few days whose match probability under the collection's duplicate model
 * (the engine's scorePair, the model its scans use) reaches the engine's threshold. Same title in another city scores
 * below it, so a series held in several places is not flagged. One flag per record: the best.
 */
export function* duplicateSteps(
  db: Db,
  incoming: readonly Incoming[],
  /**
   * For a streamed import, called once per chunk: `notInBatch` compares with the collection as it
   * was, not with the import's own rows written so far; `candidates` keeps each start date's
   * candidates from one chunk to the next (the collection as it was does not change meanwhile).
   */
  options: { notInBatch?: number; candidates?: Map<string, DedupeRecord[]> } = {}
): ParseSteps<(DuplicateFlag | null)[]> {
  // Start days within NEAR_DAYS either way: a second source often gives the qualifying weekend
  // or a news date. ISO days compare as text; partial stored dates sort before their days.
  const byDate = db.prepare(
    `SELECT id, title, start_date AS startDate, end_date AS endDate, place, city, country, country_code AS countryCode
     FROM records WHERE status = ${STATUS_CODES.active} AND start_date >= ? AND start_date <= ?
     ${options.notInBatch === undefined ? '' : `AND batch_id IS NOT ${Number(options.notInBatch)}`} ORDER BY id LIMIT ${CANDIDATES_PER_DATE}`
  )
  const shifted = (iso: string, days: number): string => {
    const day = Date.parse(`${iso.slice(0, 10)}T00:00:00Z`)
    return Number.isNaN(day) ? iso : new Date(day + days * 86_400_000).toISOString().slice(0, 10)
  }
  const candidatesOf = options.candidates ?? new Map<string, DedupeRecord[]>()
  const flags: (DuplicateFlag | null)[] = []
  // The collection's own model, the one its duplicate scans score with.
  const model = loadModel(db)
  // An empty collection (the first import) has nothing to repeat.
  if (db.prepare(`SELECT 1 FROM records WHERE status = ${STATUS_CODES.active} LIMIT 1`).get() === undefined) {
    return incoming.map(() => null)
  }
  // Every record's features are read once, into one table: the incoming records first, then each
  // candidate once however many windows it falls in (scoring pair by pair re-read both records'
  // places and titles for every comparison, minutes for 100k records into a large collection).
  const builder = new FeatureTableBuilder()
  const rowOfCandidate = new Map<number, number>()
  const candidateRows: (number[] | null)[] = []
  const candidateRecords = new Map<number, DedupeRecord>()
  for (let index = 0; index < incoming.length; index++) {
    if (index % SLICE === 0) yield (index / incoming.length) * 0.3
    const record = incoming[index] as Incoming
    builder.add({ id: 0, title: record.title, startDate: record.startDate, endDate: record.endDate, place: record.place, city: record.city, country: record.country, countryCode: record.countryCode })
  }
  for (let index = 0; index < incoming.length; index++) {
    if (index % SLICE === 0) yield 0.3 + (index / incoming.length) * 0.3
    const startDate = (incoming[index] as Incoming).startDate
    if (startDate === null) {
      candidateRows.push(null)
      continue
    }
    let candidates = candidatesOf.get(startDate)
    if (candidates === undefined) {
      candidates = byDate.all(shifted(startDate, -NEAR_DAYS), `${shifted(startDate, NEAR_DAYS)}\uffff`) as DedupeRecord[]
      candidatesOf.set(startDate, candidates)
    }
    candidateRows.push(
      candidates.map((candidate) => {
        let row = rowOfCandidate.get(candidate.id)
        if (row === undefined) {
          row = incoming.length + rowOfCandidate.size
          rowOfCandidate.set(candidate.id, row)
          candidateRecords.set(row, candidate)
          builder.add(candidate)
        }
        return row
      })
    )
  }
  const scorer = new PairScorer(builder.build(), model)
  for (let index = 0; index < incoming.length; index++) {
    if (index % SLICE === 0) yield 0.6 + (index / incoming.length) * 0.4
    const rows = candidateRows[index]
    flags.push(rows ? bestMatch(scorer, index, rows, candidateRecords) : null)
  }
  return flags
}

/**
 * One record's flag, for a row the archivist corrected in the preview: the same comparison as
 * the preview's. A date that does not read as ISO yet (a typo being fixed) flags nothing.
 */
export function duplicateOf(db: Db, record: Incoming): DuplicateFlag | null {
  if (record.startDate !== null && !isIsoPartialDate(record.startDate)) return null
  if (record.endDate !== null && !isIsoPartialDate(record.endDate)) return null
  return runSteps(duplicateSteps(db, [record]))[0] ?? null
}

/** The best candidate reaching the threshold; pairs whose dates and place rule it out skip the titles. */
function bestMatch(scorer: PairScorer, row: number, candidateRows: readonly number[], records: ReadonlyMap<number, DedupeRecord>): DuplicateFlag | null {
  let best: DuplicateFlag | null = null
  for (const candidateRow of candidateRows) {
    if (scorer.compareContext(row, candidateRow) < DEFAULT_THRESHOLD) continue
    const score = scorer.compareTitles(row, candidateRow)
    if (score < DEFAULT_THRESHOLD || (best !== null && score <= best.score)) continue
    const pair = scorer.describeLast(row, candidateRow)
    const candidate = records.get(candidateRow)!
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
