import type { EventRecord } from '../../../shared/record'
import type { MatchModel } from './model/model'
import type { Decision } from './model/train'

/** The fields duplicate detection looks at; anything else on a record is ignored. */
export type DedupeRecord = Pick<
  EventRecord,
  'id' | 'title' | 'startDate' | 'endDate' | 'place' | 'city' | 'country' | 'countryCode'
> &
  /** The date as written: read for day and month when the stored date is empty for want of a year. */
  Partial<Pick<EventRecord, 'dateText'>>

/** One field's comparison: its level, the weight that level adds (log2 of m/u) and what was seen. */
export interface FieldEvidence {
  /** The level's name, e.g. "same", "start 1-3 days apart", "shared rare words". */
  level: string
  /** Bits of evidence: positive for a duplicate, negative against, 0 for unknown. */
  weight: number
  /** What the level rests on, e.g. "2 days apart", "71% alike; shared: open, marseille". */
  detail?: string
}

/** Per-field evidence; prior + the fields' weights = matchWeight (log2 odds of a duplicate). */
export interface PairEvidence {
  dates: FieldEvidence
  place: FieldEvidence
  title: FieldEvidence
  numbers: FieldEvidence
  prior: number
  matchWeight: number
}

export interface DuplicatePair {
  /** The smaller record id. */
  a: number
  /** The larger record id. */
  b: number
  /** The match probability, 0..1; pairs at or above the threshold are reported. */
  score: number
  evidence: PairEvidence
  /** The probability in words, then each field's level with its weight: "same dates (+7.8)". */
  reasons: string[]
}

export interface ScanOptions {
  /** The Fellegi–Sunter model to score with (default: the built-in starting model). */
  model?: MatchModel
  /** Estimate the model first, from these records and decisions, and hand it over before scoring with it. */
  estimate?: { decisions: readonly Decision[]; onModel: (model: MatchModel) => void }
  /** Minimum score for a pair to be reported (default `DEFAULT_THRESHOLD`). */
  threshold?: number
  /** Pairs the archivist already marked as "not duplicates"; called with a < b. */
  isDismissed?: (a: number, b: number) => boolean
  /** How many records a lazy iterable will yield, so the prepare phase can report real progress. */
  expectedCount?: number
}

export interface FindOptions extends ScanOptions {
  /** Called with the share of work done (0..1); return true to cancel the scan. */
  onProgress?: (share: number) => boolean | void
}

export type ScanPhase = 'prepare' | 'block' | 'estimate' | 'compare' | 'done'

/** What the chunked scan yields between slices of work. */
export interface ScanProgress {
  phase: ScanPhase
  /** Share of the whole scan done, 0..1. */
  share: number
  /** Candidate pairs looked at so far. */
  candidates: number
  /** Pairs at or above the threshold so far. */
  found: number
}

/** Thrown by `findDuplicatePairs` when `onProgress` asks to cancel. */
export class ScanCancelledError extends Error {
  constructor() {
    super('duplicate scan cancelled')
    this.name = 'ScanCancelledError'
  }
}
