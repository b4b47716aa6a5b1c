import type { DedupeRecord } from '../types'
import { FeatureTableBuilder, type FeatureTable } from '../engine/features'
import { recordKeys, sortedKeyEntries } from '../engine/blockingKeys'
import { CandidateBlocks } from '../engine/candidateBlocks'
import { PairComparer } from '../engine/comparer'
import { PATTERN_COUNT, packLevels } from './levels'
import { estimateModel, levelsOf, randomPairPatterns, type LabelledPair } from './estimate'
import type { MatchModel } from './model'

/** Blocked pairs compared between two progress reports. */
const SLICE = 200_000
/**
 * Blocked pairs looked at for m, about: beyond that the estimate no longer moves, and a big
 * collection would spend seconds comparing titles for nothing. Blocks are taken at a stride
 * (their order is a hash's, so a stride is a fair sample).
 */
const TARGET_PAIRS = 250_000
/** Pairs per record that blocking brings together, about (measured on the generator: 16 to 20). */
const PAIRS_PER_RECORD = 20

/** A decision of the archivist about two record ids. */
export interface Decision {
  a: number
  b: number
  match: boolean
}

function candidateBlocksOf(table: FeatureTable): CandidateBlocks {
  const keys = recordKeys(table)
  return new CandidateBlocks(table, keys, sortedKeyEntries(keys))
}

/** Pattern counts of the pairs blocking brings together (as the scan would compare them). */
export function* blockedPatterns(table: FeatureTable, blocks = candidateBlocksOf(table)): Generator<number, { counts: Float64Array; scale: number }, void> {
  const comparer = new PairComparer(table)
  const counts = new Float64Array(PATTERN_COUNT)
  let sinceReport = 0
  const visit = (i: number, j: number): void => {
    counts[packLevels(levelsOf(comparer, i, j))]++
  }
  const stride = Math.max(1, Math.round((table.count * PAIRS_PER_RECORD) / TARGET_PAIRS))
  let sampled = 0
  for (let b = 0; b < blocks.blockCount; b += stride) {
    sampled++
    const visited = blocks.visitBlock(b, visit)
    sinceReport += visited
    if (sinceReport >= SLICE) {
      sinceReport = 0
      yield b / blocks.blockCount
    }
  }
  return { counts, scale: sampled === 0 ? 1 : blocks.blockCount / sampled }
}

/**
 * Estimates the model from a collection's records and the archivist's decisions; a generator
 * yielding the share done, so a job can report progress and keep the app answering.
 */
export function* trainModel(records: Iterable<DedupeRecord>, decisions: readonly Decision[], start?: MatchModel): Generator<number, MatchModel, void> {
  const builder = new FeatureTableBuilder()
  for (const record of records) builder.add(record)
  const table = builder.build()
  yield 0.2
  const training = trainOnTable(table, decisions, start)
  let step = training.next()
  while (!step.done) {
    yield 0.2 + 0.8 * step.value
    step = training.next()
  }
  return step.value
}

/** The estimate over a table already built (the scan's own, when a first scan estimates first). */
export function* trainOnTable(table: FeatureTable, decisions: readonly Decision[], start?: MatchModel, blocks?: CandidateBlocks): Generator<number, MatchModel, void> {
  const indexOf = new Map<number, number>()
  for (let i = 0; i < table.count; i++) indexOf.set(table.ids[i]!, i)
  const labelled: LabelledPair[] = []
  for (const decision of decisions) {
    const i = indexOf.get(decision.a)
    const j = indexOf.get(decision.b)
    if (i !== undefined && j !== undefined) labelled.push({ i, j, match: decision.match })
  }
  const patterns = blockedPatterns(table, blocks)
  let step = patterns.next()
  while (!step.done) {
    yield 0.6 * step.value
    step = patterns.next()
  }
  const randomPairs = randomPairPatterns(table)
  let randomStep = randomPairs.next()
  for (let slice = 1; !randomStep.done; slice++) {
    yield Math.min(0.95, 0.6 + 0.03 * slice)
    randomStep = randomPairs.next()
  }
  return estimateModel({ table, random: randomStep.value, blocked: step.value.counts, blockedScale: step.value.scale, labelled, start })
}
