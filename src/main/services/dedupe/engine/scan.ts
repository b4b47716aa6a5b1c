import type { DedupeRecord, DuplicatePair, ScanOptions, ScanProgress } from '../types'
import { FeatureTableBuilder } from './features'
import { recordKeys, sortedKeyEntries } from './blockingKeys'
import { CandidateBlocks } from './candidateBlocks'
import { PairScorer } from './pairScorer'
import { DEFAULT_THRESHOLD } from './weights'
import { trainOnTable } from '../model/train'
import { weightOf } from '../model/model'

/** Records prepared between two progress reports. */
const PREPARE_SLICE = 20_000
/** Candidate pairs compared between two progress reports. */
const COMPARE_SLICE = 200_000

/** Shares of the progress bar given to each phase (measured: comparing dominates). */
const PREPARE_SHARE = 0.35
const BLOCK_SHARE = 0.1

/**
 * The duplicate scan as a generator: each `next()` does a slice of work and yields progress,
 * so a caller can report it, keep an event loop responsive between slices, or stop by simply
 * not calling `next()` again. The generator's return value is the pairs found, best first.
 */
export function* scanDuplicates(
  records: Iterable<DedupeRecord>,
  options: ScanOptions = {}
): Generator<ScanProgress, DuplicatePair[], void> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  const isDismissed = options.isDismissed
  const knownCount = Array.isArray(records) ? records.length : options.expectedCount
  const progress = (phase: ScanProgress['phase'], share: number, candidates = 0, found = 0): ScanProgress => ({
    phase,
    share: Math.min(1, share),
    candidates,
    found
  })

  const builder = new FeatureTableBuilder()
  for (const record of records) {
    builder.add(record)
    if (builder.count % PREPARE_SLICE === 0) {
      // Without a known length the prepare phase can only say it is under way.
      const done = knownCount ? Math.min(1, builder.count / knownCount) : 0.5
      yield progress('prepare', PREPARE_SHARE * done)
    }
  }
  const table = builder.build()
  yield progress('block', PREPARE_SHARE)

  const keys = recordKeys(table)
  const entries = sortedKeyEntries(keys)
  const blocks = new CandidateBlocks(table, keys, entries)
  let model = options.model
  if (options.estimate) {
    // A first scan estimates the model on the table and blocks it has just built.
    const training = trainOnTable(table, options.estimate.decisions, undefined, blocks)
    let step = training.next()
    while (!step.done) {
      yield progress('estimate', PREPARE_SHARE + BLOCK_SHARE * step.value)
      step = training.next()
    }
    model = step.value
    options.estimate.onModel(model)
  }
  yield progress('compare', PREPARE_SHARE + BLOCK_SHARE)

  const scorer = new PairScorer(table, model)
  const found = new Map<string, DuplicatePair>()
  let candidates = 0
  let sinceReport = 0
  // Compared as weights: probabilityOf is monotone, so weight < thresholdWeight is probability < threshold.
  const thresholdWeight = weightOf(threshold) - 1e-9
  const visit = (i: number, j: number): void => {
    if (scorer.contextWeightBound(i, j, thresholdWeight) < thresholdWeight) return
    if (scorer.titlesWeight(i, j, thresholdWeight) < thresholdWeight) return
    const idI = table.ids[i]
    const idJ = table.ids[j]
    if (idI === idJ) return
    const a = Math.min(idI, idJ)
    const b = Math.max(idI, idJ)
    const pairKey = `${a}:${b}`
    if (found.has(pairKey) || (isDismissed && isDismissed(a, b))) return
    const pair = scorer.describeLast(i, j)
    // Rounding to three places must not lift a pair over the threshold.
    if (pair.score >= threshold) found.set(pairKey, pair)
  }
  const blockCount = blocks.blockCount
  for (let b = 0; b < blockCount; b++) {
    const visited = blocks.visitBlock(b, visit)
    candidates += visited
    sinceReport += visited
    if (sinceReport >= COMPARE_SLICE) {
      sinceReport = 0
      const share = PREPARE_SHARE + BLOCK_SHARE + (1 - PREPARE_SHARE - BLOCK_SHARE) * (b / blockCount)
      yield progress('compare', share, candidates, found.size)
    }
  }
  const pairs = [...found.values()].sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)
  yield progress('done', 1, candidates, pairs.length)
  lastScanStats = { records: table.count, keys: keys.keys.length, blocks: blockCount, candidates }
  return pairs
}

/** Figures of the most recent scan in this process, for benchmarks and tests. */
export interface ScanStats {
  records: number
  keys: number
  blocks: number
  candidates: number
}

let lastScanStats: ScanStats = { records: 0, keys: 0, blocks: 0, candidates: 0 }

export function lastScanStatistics(): ScanStats {
  return lastScanStats
}
