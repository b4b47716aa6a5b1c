import type { EventRecord } from '../../../shared/record'

/** The fields duplicate detection looks at; anything else on a record is ignored. */
export type DedupeRecord = Pick<
  EventRecord,
  'id' | 'title' | 'startDate' | 'endDate' | 'place' | 'city' | 'country' | 'countryCode'
>

export type DateRelation = 'same' | 'overlap' | 'near' | 'different' | 'unknown'
export type PlaceRelation = 'same' | 'similar' | 'different' | 'unknown'
export type CountryRelation = 'same' | 'different' | 'unknown'

/**
 * Per-field evidence. `contribution` is the field's signed share of the final score:
 * the contributions of one pair add up to its score (before clamping to 0..1).
 */
export interface PairEvidence {
  title: { similarity: number; contribution: number }
  dates: { relation: DateRelation; days?: number; contribution: number }
  place: { relation: PlaceRelation; similarity?: number; contribution: number }
  country: { relation: CountryRelation; contribution: number }
}

export interface DuplicatePair {
  /** The smaller record id. */
  a: number
  /** The larger record id. */
  b: number
  /** 0..1; pairs at or above the threshold are reported. */
  score: number
  evidence: PairEvidence
  /** The evidence in words, e.g. "same dates", "titles 92% alike", "same city". */
  reasons: string[]
}

export interface ScanOptions {
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

export type ScanPhase = 'prepare' | 'block' | 'compare' | 'done'

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
