import { DISAGREEING, FIELDS, LEVEL_COUNT, type Field, type LevelVector } from './levels'

/** m and u of each level of one field; index 0 (unknown) is unused. */
export interface FieldProbabilities {
  m: number[]
  u: number[]
}

/**
 * A Fellegi–Sunter model: for each field's levels, m = P(level | same event) and
 * u = P(level | different events), and the prior share of matches among compared pairs.
 * Stored with the collection (table dedupe_model) and re-estimated on demand.
 */
export interface MatchModel {
  /** P(match) for a pair that blocking brings together, before its fields are looked at. */
  prior: number
  fields: Record<Field, FieldProbabilities>
  /** What the estimate learned from; all zero for the built-in starting model. */
  trainedOn: { pairs: number; labelledMatches: number; labelledNonMatches: number; iterations: number }
  estimatedAt: string | null
}

/**
 * The starting point before any estimate, and the prior the estimate is pulled towards when a
 * collection is small. m: how duplicates usually look (most share dates and place; titles vary
 * across sources and languages; dates weeks apart rarely and more than a month apart almost
 * never: that is how a series' sessions and editions differ, same title and place or not; a day of the month given without its
 * month, fitting the other's dates, is rare either way and weighs little until the collection
 * teaches it). u: how unrelated listings usually look
 * (almost never the same dates, mostly other places, titles without a shared word).
 */
export const STARTING_MODEL: MatchModel = {
  prior: 0.02,
  fields: {
    dates: { m: [0, 0.5, 0.4, 0.083, 0.002, 0.0005, 0.0145], u: [0, 0.002, 0.004, 0.006, 0.06, 0.922, 0.006] },
    // Another city the gazetteer knows, or another country, almost never (a source naming a
    // suburb's venue); a name it does not know (a venue, a district) or one side online, now and then.
    place: { m: [0, 0.78, 0.08, 0.07, 0.005, 0.001, 0.01, 0.054], u: [0, 0.03, 0.005, 0.03, 0.35, 0.505, 0.04, 0.04] },
    title: { m: [0, 0.4, 0.25, 0.13, 0.02, 0.1, 0.02, 0.08], u: [0, 0.0005, 0.001, 0.005, 0.001, 0.01, 0.1, 0.8825] },
    numbers: { m: [0, 0.95, 0.05], u: [0, 0.5, 0.5] }
  },
  trainedOn: { pairs: 0, labelledMatches: 0, labelledNonMatches: 0, iterations: 0 },
  estimatedAt: null
}

/** log2(m / u) of every level of every field, 0 for "unknown": the evidence each level adds. */
export interface ModelWeights {
  priorWeight: number
  fields: Record<Field, Float64Array>
  /** The largest weight each field can add: bounds a pair's score before its titles are compared. */
  best: Record<Field, number>
}

const FLOOR = 1e-6
const PRIOR_FLOOR = 1e-15

export function modelWeights(model: MatchModel): ModelWeights {
  const fields = {} as Record<Field, Float64Array>
  const best = {} as Record<Field, number>
  for (const field of FIELDS) {
    const { m, u } = model.fields[field]
    const weights = new Float64Array(LEVEL_COUNT[field])
    for (let level = 1; level < weights.length; level++) {
      weights[level] = Math.log2(Math.max(FLOOR, m[level] ?? 0) / Math.max(FLOOR, u[level] ?? 0))
      // Two values that disagree never count for a match, however rare such a disagreement is
      // among unrelated records (a place name few records carry, in a collection of few such names).
      if (DISAGREEING[field].includes(level)) weights[level] = Math.min(0, weights[level]!)
    }
    fields[field] = weights
    best[field] = Math.max(0, ...weights)
  }
  // The prior of a big collection is far below FLOOR (a million records: one pair in millions).
  const prior = Math.min(1 - PRIOR_FLOOR, Math.max(PRIOR_FLOOR, model.prior))
  return { priorWeight: Math.log2(prior / (1 - prior)), fields, best }
}

/** The match weight of a pair: the prior's log-odds plus each field's level weight. */
export function matchWeight(weights: ModelWeights, levels: LevelVector): number {
  return (
    weights.priorWeight +
    weights.fields.dates[levels.dates]! +
    weights.fields.place[levels.place]! +
    weights.fields.title[levels.title]! +
    weights.fields.numbers[levels.numbers]!
  )
}

/** The match weight (log2 odds) of a probability: ±Infinity at 1 and 0. */
export function weightOf(probability: number): number {
  if (probability >= 1) return Number.POSITIVE_INFINITY
  if (probability <= 0) return Number.NEGATIVE_INFINITY
  return Math.log2(probability / (1 - probability))
}

/** A match weight (log2 odds) as a probability. */
export function probabilityOf(weight: number): number {
  return 1 / (1 + 2 ** -weight)
}
