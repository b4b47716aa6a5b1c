import type { CountryRelation, DateRelation, DuplicatePair, PlaceRelation } from '../types'
import type { FeatureTable } from './features'
import { NO_DAY } from './features'
import { titleSimilarity } from '../similarity/titleSimilarity'
import { jaroWinkler } from '../similarity/jaroWinkler'
import { CITY_CONFLICT, COUNTRY_CONFLICT, DATE_CONFLICT, NEAR_DAYS, WEIGHTS } from './weights'
import { reasonsFor } from './reasons'

/**
 * Scores record pairs of one FeatureTable. Comparing is split in two so a scan can skip most
 * candidates cheaply: `compareContext` looks at dates and places (integer work) and returns
 * the best score the pair could still reach; only pairs whose bound clears the threshold
 * pay for the title comparison. The last comparison's details are kept in fields rather than
 * returned as objects because the scan calls this millions of times.
 */
export class PairScorer {
  dateRelation: DateRelation = 'unknown'
  dateDays: number | undefined
  dateRaw = 0
  placeRelation: PlaceRelation = 'unknown'
  placeSimilarity: number | undefined
  placeRaw = 0
  countryRelation: CountryRelation = 'unknown'
  countryRaw = 0
  denominator = 1

  /** City similarity by city-id pair: a scan meets the same two cities over and over. */
  private readonly citySimilarityCache = new Map<number, number>()

  constructor(private readonly table: FeatureTable) {}

  /** Compares everything but the titles; returns the highest score the pair could reach. */
  compareContext(i: number, j: number): number {
    this.compareDates(i, j)
    this.comparePlaces(i, j)
    this.compareCountries(i, j)
    const placeWeight = this.placeRelation === 'unknown' ? 0 : WEIGHTS.place
    const countryWeight = this.countryRelation === 'unknown' ? 0 : WEIGHTS.country
    // Unknown places leave the score alone instead of counting against it; unknown dates
    // still weigh, because an event's dates are what tell repeated events apart.
    this.denominator = WEIGHTS.title + WEIGHTS.dates + placeWeight + countryWeight
    return (WEIGHTS.title + this.dateRaw + this.placeRaw + this.countryRaw) / this.denominator
  }

  titleSimilarity(i: number, j: number): number {
    const t = this.table
    return titleSimilarity(t.tokens, t.tokenStart[i], t.tokenStart[i + 1], t.tokenStart[j], t.tokenStart[j + 1], t.tokenText)
  }

  /** Score from the last `compareContext` and a title similarity. */
  score(similarity: number): number {
    const raw = WEIGHTS.title * similarity + this.dateRaw + this.placeRaw + this.countryRaw
    return Math.min(1, Math.max(0, raw / this.denominator))
  }

  /** The full, explained pair for records i and j (runs both comparisons). */
  pair(i: number, j: number): DuplicatePair {
    this.compareContext(i, j)
    const similarity = this.titleSimilarity(i, j)
    return this.describeLast(i, j, similarity)
  }

  /** The explained pair from the last `compareContext` and its title similarity. */
  describeLast(i: number, j: number, similarity: number): DuplicatePair {
    const share = (raw: number): number => round(raw / this.denominator)
    const idI = this.table.ids[i]
    const idJ = this.table.ids[j]
    const evidence: DuplicatePair['evidence'] = {
      title: { similarity: round(similarity), contribution: share(WEIGHTS.title * similarity) },
      dates: { relation: this.dateRelation, contribution: share(this.dateRaw) },
      place: { relation: this.placeRelation, contribution: share(this.placeRaw) },
      country: { relation: this.countryRelation, contribution: share(this.countryRaw) }
    }
    if (this.dateDays !== undefined) evidence.dates.days = this.dateDays
    if (this.placeSimilarity !== undefined) evidence.place.similarity = round(this.placeSimilarity)
    return {
      a: Math.min(idI, idJ),
      b: Math.max(idI, idJ),
      score: round(this.score(similarity)),
      evidence,
      reasons: reasonsFor(evidence, this.table.cityText[this.table.cityId[i]] === 'online')
    }
  }

  private compareDates(i: number, j: number): void {
    const t = this.table
    const firstI = t.firstDay[i]
    const firstJ = t.firstDay[j]
    this.dateDays = undefined
    if (firstI === NO_DAY || firstJ === NO_DAY) {
      this.dateRelation = 'unknown'
      this.dateRaw = 0
      return
    }
    const lastI = t.lastDay[i]
    const lastJ = t.lastDay[j]
    if (firstI === firstJ && lastI === lastJ) {
      this.dateRelation = 'same'
      this.dateRaw = WEIGHTS.dates
      return
    }
    const shared = Math.min(lastI, lastJ) - Math.max(firstI, firstJ) + 1
    if (shared > 0) {
      const union = Math.max(lastI, lastJ) - Math.min(firstI, firstJ) + 1
      this.dateRelation = 'overlap'
      this.dateRaw = WEIGHTS.dates * (0.5 + 0.5 * (shared / union))
      return
    }
    const gap = 1 - shared
    this.dateDays = gap
    if (gap <= NEAR_DAYS) {
      this.dateRelation = 'near'
      this.dateRaw = WEIGHTS.dates * 0.2 * (1 - (gap - 1) / NEAR_DAYS)
    } else {
      this.dateRelation = 'different'
      this.dateRaw = DATE_CONFLICT
    }
  }

  private comparePlaces(i: number, j: number): void {
    const cityI = this.table.cityId[i]
    const cityJ = this.table.cityId[j]
    this.placeSimilarity = undefined
    if (cityI < 0 || cityJ < 0) {
      this.placeRelation = 'unknown'
      this.placeRaw = 0
    } else if (cityI === cityJ) {
      this.placeRelation = 'same'
      this.placeRaw = WEIGHTS.place
    } else {
      const cacheKey = cityI < cityJ ? cityI * 0x200000 + cityJ : cityJ * 0x200000 + cityI
      let similarity = this.citySimilarityCache.get(cacheKey)
      if (similarity === undefined) {
        similarity = citySimilarity(this.table.cityText[cityI], this.table.cityText[cityJ])
        this.citySimilarityCache.set(cacheKey, similarity)
      }
      this.placeSimilarity = similarity
      const similar = similarity >= 0.9
      this.placeRelation = similar ? 'similar' : 'different'
      this.placeRaw = similar ? WEIGHTS.place / 2 : CITY_CONFLICT
    }
  }

  private compareCountries(i: number, j: number): void {
    const countryI = this.table.countryId[i]
    const countryJ = this.table.countryId[j]
    if (countryI < 0 || countryJ < 0) {
      this.countryRelation = 'unknown'
      this.countryRaw = 0
    } else if (countryI === countryJ) {
      this.countryRelation = 'same'
      this.countryRaw = WEIGHTS.country
    } else {
      this.countryRelation = 'different'
      this.countryRaw = COUNTRY_CONFLICT
    }
  }
}

/**
 * Two city texts that are not the same city key: one naming a part of the other
 * (`Berlin Neukölln` / `Neukölln`, `Hamamatsu City` / `Hamamatsu`) or a misspelling
 * (`Viarregio` / `Viareggio`) counts as similar.
 */
function citySimilarity(a: string, b: string): number {
  if (a === 'online' || b === 'online') return 0
  const wordsA = a.split(' ')
  const wordsB = b.split(' ')
  const [shorter, longer] = wordsA.length <= wordsB.length ? [wordsA, wordsB] : [wordsB, wordsA]
  if (shorter.every((word) => word.length >= 4 && longer.includes(word))) return 0.9
  return a.length >= 5 && b.length >= 5 ? jaroWinkler(a, b) : 0
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000
}
