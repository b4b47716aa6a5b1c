import type { DuplicatePair, PairEvidence } from '../types'
import type { FeatureTable } from './features'
import { PairComparer } from './comparer'
import { matchWeight, modelWeights, probabilityOf, STARTING_MODEL, type MatchModel, type ModelWeights } from '../model/model'
import { EXACT_TITLE, HIGH_TITLE, MEDIUM_TITLE, TitleLevel, type LevelVector } from '../model/levels'

/** The place level of a candidate ruled out by its dates alone (never explained: it is not kept). */
const PLACE_NOT_COMPARED = 0

/** Title levels that come from shared words and acronyms rather than from the similarity. */
const WORD_LEVELS = [TitleLevel.Acronym, TitleLevel.RareWords, TitleLevel.CommonWords, TitleLevel.None]
import { evidenceFor, reasonsFor } from '../model/explain'

/** Probabilities are kept to this many decimals in results. */
const round = (value: number, places = 3): number => Math.round(value * 10 ** places) / 10 ** places

/**
 * Scores record pairs of one FeatureTable with a Fellegi–Sunter model. Comparing is split in
 * two so a scan can skip most candidates cheaply: `compareContext` puts dates and places in
 * their levels (integer work) and returns the best probability the pair could still reach;
 * only pairs whose bound clears the threshold pay for the title comparison.
 */
export class PairScorer {
  readonly comparer: PairComparer
  readonly weights: ModelWeights
  readonly levels: LevelVector = { dates: 0, place: 0, title: 0, numbers: 0 }
  private contextWeight = 0

  constructor(
    readonly table: FeatureTable,
    readonly model: MatchModel = STARTING_MODEL
  ) {
    this.comparer = new PairComparer(table)
    this.weights = modelWeights(model)
  }

  /** Levels of dates and place; returns the highest probability the pair could reach. */
  compareContext(i: number, j: number): number {
    return probabilityOf(this.contextWeightBound(i, j))
  }

  /** Levels of the titles after `compareContext`; returns the pair's match probability. */
  compareTitles(i: number, j: number): number {
    return probabilityOf(this.titlesWeight(i, j))
  }

  /**
   * As compareContext, as a match weight (log2 odds): a scan compares weights with the
   * threshold's, and spares itself a power of two for each of its tens of millions of candidates.
   */
  contextWeightBound(i: number, j: number, needed = Number.NEGATIVE_INFINITY): number {
    const w = this.weights
    this.levels.dates = this.comparer.dateLevel(i, j)
    // Dates weeks or years apart rule most candidates out before their places are read.
    const datesBound = w.priorWeight + w.fields.dates[this.levels.dates]! + w.best.title + w.best.numbers
    if (datesBound + w.best.place < needed) {
      this.levels.place = PLACE_NOT_COMPARED
      this.contextWeight = Number.NEGATIVE_INFINITY
      return datesBound + w.best.place
    }
    this.levels.place = this.comparer.placeLevel(i, j)
    this.contextWeight = w.priorWeight + w.fields.dates[this.levels.dates]! + w.fields.place[this.levels.place]!
    return this.contextWeight + w.best.title + w.best.numbers
  }

  /**
   * As compareTitles, as a match weight, exact when it reaches `needed` (a scan's threshold
   * weight): the title levels that could not lift the pair that far are not told apart, and the
   * title similarity is worked out only as far as the levels that could.
   */
  titlesWeight(i: number, j: number, needed = Number.NEGATIVE_INFINITY): number {
    const w = this.weights
    const titleNeeded = needed - this.contextWeight - w.best.numbers
    const title = w.fields.title
    // Exact, high and medium come from the similarity; the others from shared words and acronyms.
    this.comparer.similarityFloor =
      title[TitleLevel.Medium]! >= titleNeeded ? MEDIUM_TITLE : title[TitleLevel.High]! >= titleNeeded ? HIGH_TITLE : EXACT_TITLE
    this.comparer.wordLevelsWanted = WORD_LEVELS.some((level) => title[level]! >= titleNeeded)
    this.levels.title = this.comparer.titleLevel(i, j)
    this.comparer.similarityFloor = 0
    this.comparer.wordLevelsWanted = true
    this.levels.numbers = this.comparer.numbersLevel(i, j)
    return this.contextWeight + title[this.levels.title]! + w.fields.numbers[this.levels.numbers]!
  }

  /** The full, explained pair for records i and j (runs both comparisons). */
  pair(i: number, j: number): DuplicatePair {
    this.compareContext(i, j)
    this.compareTitles(i, j)
    return this.describeLast(i, j)
  }

  /** The explained pair from the last comparisons of records i and j. */
  describeLast(i: number, j: number): DuplicatePair {
    const t = this.table
    // The level in full, with the figure shown beside it ("34% alike") and the shared words: a
    // scan's comparison (titlesWeight) tells apart only the levels that could reach its threshold.
    this.levels.title = this.comparer.titleLevel(i, j)
    const weight = matchWeight(this.weights, this.levels)
    const probability = round(probabilityOf(weight))
    const evidence: PairEvidence = evidenceFor(this.levels, this.weights, this.comparer, weight)
    return {
      a: Math.min(t.ids[i]!, t.ids[j]!),
      b: Math.max(t.ids[i]!, t.ids[j]!),
      score: probability,
      evidence,
      reasons: reasonsFor(evidence, probability, t.cityText[t.cityId[i]!] === 'online')
    }
  }
}
