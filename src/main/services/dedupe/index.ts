/** Duplicate detection and value clustering: pure functions over plain records, no IO. */
export type {
  DedupeRecord,
  DuplicatePair,
  PairEvidence,
  FieldEvidence,
  ScanOptions,
  FindOptions,
  ScanProgress,
  ScanPhase
} from './types'
export { ScanCancelledError } from './types'
export { DEFAULT_THRESHOLD } from './engine/weights'
export { STARTING_MODEL, type MatchModel } from './model/model'
export { findDuplicatePairs, scorePair } from './engine/findDuplicatePairs'
export { scanDuplicates, lastScanStatistics } from './engine/scan'
export type { ScanStats } from './engine/scan'
export { groupPairs, describePair } from './engine/groups'
export { foldText, foldWords } from './normalize/fold'
export { titleTokens } from './normalize/titleTokens'
export { normalisePlace, splitPlace } from './normalize/place'
export { canonicalCity } from './normalize/placeAliases'
export { countryCodeOf } from './normalize/countries'
export { clusterValues } from './cluster/clusterValues'
export type { ClusterMethod, ValueCount, ValueCluster, ClusterOptions } from './cluster/clusterValues'
