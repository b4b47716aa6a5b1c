import type { FeatureTable } from '../engine/features'
import { PairComparer } from '../engine/comparer'
import { DateLevel, PlaceLevel, TitleLevel, FIELDS, LEVEL_COUNT, PATTERN_COUNT, packLevels, unpackLevels, type Field, type LevelVector } from './levels'
import { STARTING_MODEL, matchWeight, modelWeights, probabilityOf, type FieldProbabilities, type MatchModel } from './model'

/** Random pairs drawn to estimate u (how unrelated records compare). */
const U_SAMPLE = 100_000
/**
 * Further random pairs compared on dates and place only (integer work, no titles): the levels
 * that say most (the same start and end day) are rare among unrelated records, one pair in tens
 * of thousands, and 100,000 pairs would see a handful at best and put their u far too low.
 */
const CONTEXT_SAMPLE = 2_000_000
const ITERATIONS = 25
/**
 * The starting model counts as this many pairs in every estimate, so a small collection (a few
 * hundred compared pairs) moves the weights only as far as its evidence goes.
 */
const PRIOR_PAIRS = 50
/** One archivist's decision counts as this many inferred pairs: it is certain, they are not. */
const DECISION_WEIGHT = 5

export interface LabelledPair {
  i: number
  j: number
  match: boolean
}

/** Levels of every field for records i and j. */
export function levelsOf(comparer: PairComparer, i: number, j: number): LevelVector {
  return {
    dates: comparer.dateLevel(i, j),
    place: comparer.placeLevel(i, j),
    title: comparer.titleLevel(i, j),
    numbers: comparer.numbersLevel(i, j)
  }
}

/** A small deterministic generator (mulberry32): the same collection gives the same estimate. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Random pairs compared between two progress reports. */
const RANDOM_SLICE = 10_000

/**
 * Pattern counts of random pairs (all pairs when there are few records), as a generator that
 * yields between slices so a job keeps the app answering.
 */
export function* randomPairPatterns(table: FeatureTable): Generator<void, Float64Array, void> {
  const counts = new Float64Array(PATTERN_COUNT)
  const comparer = new PairComparer(table)
  const n = table.count
  if (n < 2) return counts
  if ((n * (n - 1)) / 2 <= U_SAMPLE) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) counts[packLevels(levelsOf(comparer, i, j))]++
    return counts
  }
  const next = random(n)
  for (let k = 0; k < U_SAMPLE; k++) {
    const i = Math.floor(next() * n)
    let j = Math.floor(next() * (n - 1))
    if (j >= i) j++
    counts[packLevels(levelsOf(comparer, i, j))]++
    if (k % RANDOM_SLICE === RANDOM_SLICE - 1) yield
  }
  // Title and numbers stay unknown in these patterns: each field's u counts only known levels.
  const contextOnly: LevelVector = { dates: 0, place: 0, title: 0, numbers: 0 }
  for (let k = 0; k < CONTEXT_SAMPLE; k++) {
    const i = Math.floor(next() * n)
    let j = Math.floor(next() * (n - 1))
    if (j >= i) j++
    contextOnly.dates = comparer.dateLevel(i, j)
    contextOnly.place = comparer.placeLevel(i, j)
    counts[packLevels(contextOnly)]++
    if (k % (RANDOM_SLICE * 20) === RANDOM_SLICE * 20 - 1) yield
  }
  return counts
}

/** Per field, the share of each known level among the counted pairs, pulled towards `prior`. */
function levelShares(counts: Float64Array, weightOf: (pattern: number) => number, prior: Record<Field, number[]>, priorPairs: number): Record<Field, number[]> {
  const out = {} as Record<Field, number[]>
  for (const field of FIELDS) {
    const sums = new Array<number>(LEVEL_COUNT[field]).fill(0)
    for (let pattern = 0; pattern < PATTERN_COUNT; pattern++) {
      const count = counts[pattern]!
      if (count === 0) continue
      const level = unpackLevels(pattern)[field]
      if (level !== 0) sums[level]! += count * weightOf(pattern)
    }
    const known = sums.reduce((a, b) => a + b, 0)
    out[field] = sums.map((sum, level) => (level === 0 ? 0 : (sum + priorPairs * prior[field][level]!) / (known + priorPairs)))
  }
  return out
}

const mOf = (model: MatchModel): Record<Field, number[]> => Object.fromEntries(FIELDS.map((f) => [f, model.fields[f].m])) as Record<Field, number[]>
const uOf = (model: MatchModel): Record<Field, number[]> => Object.fromEntries(FIELDS.map((f) => [f, model.fields[f].u])) as Record<Field, number[]>

/**
 * Levels whose m the collection cannot teach by itself: editions of a series (same title, same
 * place, weeks or a year apart) look like duplicates to the expectation step and would teach it
 * that duplicates often have different dates; different events of one title on the same days in
 * another city or country (a touring series, a common title), or online and in a city, look
 * like duplicates to the session that learns places from pairs whose titles agree, since dates
 * are all it has besides. These keep the starting m (Splink's "fixed m"); the other levels of
 * the field share what is left.
 */
const HELD: readonly [Field, number][] = [
  ['dates', DateLevel.SameMonth],
  ['dates', DateLevel.Different],
  ['place', PlaceLevel.OtherCity],
  ['place', PlaceLevel.OtherCountry],
  ['place', PlaceLevel.OnlineAndPlace],
  ['place', PlaceLevel.OtherName]
]

function holdLevels(m: Record<Field, number[]>, start: Record<Field, number[]>): Record<Field, number[]> {
  for (const field of FIELDS) {
    const held = new Set(HELD.filter(([f]) => f === field).map(([, level]) => level))
    if (held.size === 0) continue
    const heldSum = [...held].reduce((sum, level) => sum + start[field][level]!, 0)
    const others = m[field].reduce((sum, value, level) => (held.has(level) ? sum : sum + value), 0)
    m[field] = m[field].map((value, level) => (held.has(level) ? start[field][level]! : others > 0 ? (value * (1 - heldSum)) / others : 0))
  }
  return m
}

export interface EstimateInput {
  table: FeatureTable
  /** Pattern counts of random pairs (randomPairPatterns), for u. */
  random: Float64Array
  /** Pattern counts of the pairs blocking brings together (of a sample of its blocks). */
  blocked: Float64Array
  /** All blocks over the blocks sampled: what the blocked counts are multiplied by to stand for every block. */
  blockedScale?: number
  /** Merges (matches) and "not duplicates" (non-matches), as record indexes of the table. */
  labelled: readonly LabelledPair[]
  start?: MatchModel
}

/**
 * Splink's way: u from random pairs (nearly all of them are different events), then m and the
 * prior by expectation–maximisation over the blocked pairs, with the archivist's decisions held
 * at what they are (a merge is a match, "not duplicates" is not).
 */
/**
 * One expectation–maximisation session over pattern counts. A session leaves out of the
 * likelihood the field its pairs were brought together by (Splink's rule: a field used to block
 * cannot be estimated from those pairs, they agree on it whatever they are), so its m and the
 * share of matches are learned from the other fields only.
 */
interface Session {
  /** Fields whose m this session estimates; the others are left out of its likelihood. */
  estimates: readonly Field[]
  /** Which patterns the session looks at. */
  include: (levels: LevelVector) => boolean
}

const DATES_AGREE = new Set<number>([DateLevel.Same, DateLevel.Overlap])
const PLACE_AGREES = new Set<number>([PlaceLevel.Same, PlaceLevel.Inside])
const TITLE_AGREES = new Set<number>([TitleLevel.Exact, TitleLevel.High, TitleLevel.Medium, TitleLevel.Acronym, TitleLevel.RareWords])
/** Pairs agreeing on dates and place: what their titles and numbers look like. */
const BY_DATES_AND_PLACE: Session = {
  estimates: ['title', 'numbers'],
  include: (levels) => DATES_AGREE.has(levels.dates) && PLACE_AGREES.has(levels.place)
}
/** Pairs whose titles agree: what their dates and places look like. */
const BY_TITLE: Session = { estimates: ['dates', 'place'], include: (levels) => TITLE_AGREES.has(levels.title) }

interface SessionResult {
  m: Record<Field, number[]>
  expectedMatches: number
  iterations: number
}

function runSession(session: Session, blocked: Float64Array, labels: { match: Float64Array; distinct: Float64Array }, u: Record<Field, number[]>, start: MatchModel): SessionResult {
  const fields = session.estimates
  const included = new Float64Array(PATTERN_COUNT)
  const counts = new Float64Array(PATTERN_COUNT)
  for (let pattern = 0; pattern < PATTERN_COUNT; pattern++) {
    if (!session.include(unpackLevels(pattern))) continue
    included[pattern] = blocked[pattern]!
    counts[pattern] = blocked[pattern]! + labels.match[pattern]! + labels.distinct[pattern]!
  }
  const pairs = included.reduce((a, b) => a + b, 0)
  let m = mOf(start)
  let share = start.prior
  let expectedMatches = 0
  const posterior = new Float64Array(PATTERN_COUNT)
  let iterations = 0
  for (; iterations < ITERATIONS; iterations++) {
    expectedMatches = 0
    for (let pattern = 0; pattern < PATTERN_COUNT; pattern++) {
      const total = counts[pattern]!
      if (total === 0) continue
      const levels = unpackLevels(pattern)
      let likeMatch = share
      let likeOther = 1 - share
      for (const field of fields) {
        const level = levels[field]
        if (level === 0) continue
        likeMatch *= m[field][level]!
        likeOther *= u[field][level]!
      }
      const p = likeMatch / (likeMatch + likeOther)
      // Decided pairs keep their label; the inferred ones take the model's belief.
      posterior[pattern] = (included[pattern]! * p + labels.match[pattern]!) / total
      expectedMatches += included[pattern]! * p
    }
    const next = holdLevels(levelShares(counts, (pattern) => posterior[pattern]!, mOf(start), PRIOR_PAIRS), mOf(start))
    const moved = fields.some((field) => next[field].some((value, level) => Math.abs(value - m[field][level]!) > 1e-4))
    m = next
    share = (expectedMatches + PRIOR_PAIRS * start.prior) / (pairs + PRIOR_PAIRS)
    if (!moved) break
  }
  return { m, expectedMatches, iterations }
}

/**
 * Splink's way: u from random pairs (nearly all of them are different events); m by
 * expectation–maximisation over the blocked pairs, in two sessions so no field is estimated
 * from pairs chosen for agreeing on it (title and numbers from the pairs agreeing on dates and
 * place; dates and place from the pairs whose titles agree); the
 * archivist's decisions held at what they are (a merge is a match, "not duplicates" is not).
 * The prior is the expected share of duplicates among all pairs of the collection.
 */
export function estimateModel({ table, random, blocked, blockedScale = 1, labelled, start = STARTING_MODEL }: EstimateInput, now = new Date().toISOString()): MatchModel {
  const u = levelShares(random, () => 1, uOf(start), PRIOR_PAIRS)
  const comparer = new PairComparer(table)
  const labels = { match: new Float64Array(PATTERN_COUNT), distinct: new Float64Array(PATTERN_COUNT) }
  for (const pair of labelled) (pair.match ? labels.match : labels.distinct)[packLevels(levelsOf(comparer, pair.i, pair.j))]! += DECISION_WEIGHT
  const matches = labelled.filter((pair) => pair.match).length

  const byContext = runSession(BY_DATES_AND_PLACE, blocked, labels, u, start)
  const byTitle = runSession(BY_TITLE, blocked, labels, u, start)
  const m = { title: byContext.m.title, numbers: byContext.m.numbers, dates: byTitle.m.dates, place: byTitle.m.place }
  const fields = Object.fromEntries(FIELDS.map((f): [Field, FieldProbabilities] => [f, { m: m[f].map(round), u: u[f].map(round) }])) as Record<Field, FieldProbabilities>
  const allPairs = (table.count * (table.count - 1)) / 2
  const prior = priorOverAllPairs({ prior: start.prior, fields, trainedOn: start.trainedOn, estimatedAt: null }, blocked, blockedScale, allPairs, matches)
  return {
    prior: round(prior),
    fields,
    trainedOn: { pairs: blocked.reduce((a, b) => a + b, 0), labelledMatches: matches, labelledNonMatches: labelled.length - matches, iterations: byContext.iterations + byTitle.iterations },
    estimatedAt: now
  }
}

const PRIOR_ITERATIONS = 50

/**
 * The share of duplicates among all pairs of the collection, the prior the scores start from:
 * expectation–maximisation of that share alone, with every field's m and u as estimated, over
 * the blocked pairs (scaled up from the sample taken) and the pairs blocking never brings
 * together (different events). It falls as a collection grows: a million records hold a hundred
 * times the pairs of a hundred thousand, and many more different events alike by chance.
 */
function priorOverAllPairs(model: MatchModel, blocked: Float64Array, blockedScale: number, allPairs: number, decidedMatches: number): number {
  if (allPairs < 1) return model.prior
  const lowest = 1 / allPairs
  let prior = Math.min(0.5, Math.max(lowest, model.prior))
  for (let iteration = 0; iteration < PRIOR_ITERATIONS; iteration++) {
    const weights = modelWeights({ ...model, prior })
    let expected = 0
    for (let pattern = 0; pattern < PATTERN_COUNT; pattern++) {
      const count = blocked[pattern]!
      if (count > 0) expected += count * probabilityOf(matchWeight(weights, unpackLevels(pattern)))
    }
    const next = Math.min(0.5, Math.max(lowest, (expected * blockedScale + decidedMatches) / allPairs))
    const moved = Math.abs(Math.log(next / prior)) > 1e-3
    prior = next
    if (!moved) break
  }
  return prior
}

const round = (value: number): number => Number(value.toPrecision(4))
