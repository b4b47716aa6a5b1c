import type { FeatureTable } from './features'
import { NO_DAY } from './features'
import { titleSimilarity, WordCreditCache } from '../similarity/titleSimilarity'
import { jaroWinkler } from '../similarity/jaroWinkler'
import { YearSource } from '../normalize/eventDays'
import { DatePrecision } from '../normalize/dates'
import { placeNameKey } from '../normalize/placeKey'
import { PairFlags } from './pairFlags'
import {
  DateLevel,
  EXACT_TITLE,
  HIGH_TITLE,
  MEDIUM_TITLE,
  MONTH_DAYS,
  NEAR_DAYS,
  NumberLevel,
  PlaceLevel,
  TitleLevel
} from '../model/levels'

const DAYS_IN_STAND_IN_YEAR = 366
const MS_PER_DAY = 86_400_000
/** Places at least this alike (Jaro-Winkler over their keys) are one place misspelt or inflected (`Viarregio`, `Лондоне`). */
const SIMILAR_PLACE = 0.9
/** A place key at least this long that begins another is the same place. */
const MIN_PREFIX = 4
/** Words in more records than this share of the collection (and at least RARE_FLOOR) are common. */
const RARE_SHARE = 0.01
const RARE_FLOOR = 3

/**
 * Puts record pairs of one FeatureTable in their comparison level for each field. The details
 * behind the last levels (days apart, shared words, title similarity) stay in fields for the
 * explanation, rather than in objects: a scan calls this millions of times.
 */
export class PairComparer {
  /** Days between the two starts of the last date comparison, when not overlapping. */
  days = 0
  /** The last date comparison was by day and month only (a date without its year). */
  dayMonthOnly = false
  /** One of the last two records' years came from its title (`Copa Claro 2011`), not its date. */
  yearFromTitle = false
  similarity = 0
  /**
   * Title similarities below this need not be exact (only the level is wanted, and no level
   * below MEDIUM_TITLE depends on the figure): a scan sets it, explanations leave it at 0.
   */
  similarityFloor = 0
  /**
   * False when a caller needs only the similarity levels (exact, high, medium) from
   * similarityFloor up: a title below is then "no overlap" without looking for shared words.
   */
  wordLevelsWanted = true
  /** Token ids the last title comparison found in both titles, rarest first. */
  readonly shared: number[] = []
  private readonly rareLimit: number
  private readonly similarPlaceCache = new PairFlags()
  private readonly wordCredits: WordCreditCache
  /** Rarest first, then by id: the order shared words are quoted and weighed in. */
  private readonly byFrequency = (x: number, y: number): number => this.table.tokenFrequency[x]! - this.table.tokenFrequency[y]! || x - y
  /** Title words already looked up as place keys (placeOfToken). */
  private readonly tokenPlaces = new Map<number, number>()
  private placeKeyIds: Map<string, number> | undefined
  /** The place key of online events; -2 (no record's key) when no record is online. */
  private readonly onlineKey: number

  constructor(readonly table: FeatureTable) {
    const online = table.cityText.indexOf('online')
    this.onlineKey = online >= 0 ? online : -2
    this.rareLimit = Math.max(RARE_FLOOR, Math.floor(table.count * RARE_SHARE))
    this.wordCredits = new WordCreditCache(table.tokenText)
  }

  dateLevel(i: number, j: number): number {
    const t = this.table
    this.dayMonthOnly = false
    this.yearFromTitle = t.yearSource[i] === YearSource.Title || t.yearSource[j] === YearSource.Title
    this.days = 0
    if (t.firstDay[i] === NO_DAY || t.firstDay[j] === NO_DAY) {
      if (t.dayOfMonth[i]! > 0 && t.firstDay[j] !== NO_DAY && t.precision[j] === DatePrecision.Day) return this.dayOfMonthLevel(t.dayOfMonth[i]!, j)
      if (t.dayOfMonth[j]! > 0 && t.firstDay[i] !== NO_DAY && t.precision[i] === DatePrecision.Day) return this.dayOfMonthLevel(t.dayOfMonth[j]!, i)
      return DateLevel.Unknown
    }
    let firstI = t.firstDay[i]!
    let lastI = t.lastDay[i]!
    let firstJ = t.firstDay[j]!
    let lastJ = t.lastDay[j]!
    if (t.yearSource[i] === YearSource.None || t.yearSource[j] === YearSource.None) {
      // No year on one side: compare day and month in the stand-in year, across its end too.
      if (t.anchorFirst[i] === NO_DAY || t.anchorFirst[j] === NO_DAY) return DateLevel.Unknown
      this.dayMonthOnly = true
      firstI = t.anchorFirst[i]!
      lastI = t.anchorLast[i]!
      firstJ = t.anchorFirst[j]!
      lastJ = t.anchorLast[j]!
      const gap = firstJ - firstI
      const shift = gap > DAYS_IN_STAND_IN_YEAR / 2 ? -DAYS_IN_STAND_IN_YEAR : gap < -DAYS_IN_STAND_IN_YEAR / 2 ? DAYS_IN_STAND_IN_YEAR : 0
      firstJ += shift
      lastJ += shift
    }
    const level = this.levelOfDays(firstI, lastI, firstJ, lastJ)
    if (level < DateLevel.SameMonth || this.dayMonthOnly) return level
    // A title naming the year next to its date's (`2011 Barcelona Open`, dated `… 2010`): one of
    // the two is the source's slip, so the event may also be read in the title's year.
    const shiftI = t.titleYearShift[i]!
    const shiftJ = t.titleYearShift[j]!
    if (shiftI === 0 && shiftJ === 0) return level
    const days = this.days
    const moved = this.levelOfDays(firstI + shiftI, lastI + shiftI, firstJ + shiftJ, lastJ + shiftJ)
    if (moved < DateLevel.SameMonth) {
      this.yearFromTitle = true
      return moved
    }
    this.days = days
    return level
  }

  /**
   * A day of the month given alone (`sábado, dia 5`) against record j's dates: that day in j's
   * month or the months either side, whichever is nearest j's days. Within NEAR_DAYS of them it
   * fits; otherwise it says nothing (a day alone is too little to tell events apart).
   */
  private dayOfMonthLevel(day: number, j: number): number {
    const t = this.table
    const first = t.firstDay[j]!
    const last = t.lastDay[j]!
    const start = new Date(first * MS_PER_DAY)
    let nearest = Number.POSITIVE_INFINITY
    for (let offset = -1; offset <= 1; offset++) {
      const candidate = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + offset, day))
      // The 31st of a 30-day month does not exist: Date rolls it into the next month.
      if (candidate.getUTCDate() !== day) continue
      const dayNumber = Math.round(candidate.getTime() / MS_PER_DAY)
      const apart = dayNumber < first ? first - dayNumber : dayNumber > last ? dayNumber - last : 0
      nearest = Math.min(nearest, apart)
    }
    this.days = nearest === Number.POSITIVE_INFINITY ? 0 : nearest
    return nearest <= NEAR_DAYS ? DateLevel.DayOfMonthNear : DateLevel.Unknown
  }

  /** The level of two day ranges; sets `days` when they do not overlap. */
  private levelOfDays(firstI: number, lastI: number, firstJ: number, lastJ: number): number {
    this.days = 0
    if (firstI === firstJ && lastI === lastJ) return DateLevel.Same
    if (Math.min(lastI, lastJ) >= Math.max(firstI, firstJ)) return DateLevel.Overlap
    this.days = Math.abs(firstI - firstJ)
    // By start days only: a source giving the qualifying weekend or a news date starts a few
    // days off; a range that merely ends where the next week's event begins is another event.
    if (this.days <= NEAR_DAYS) return DateLevel.Within3Days
    return this.days <= MONTH_DAYS ? DateLevel.SameMonth : DateLevel.Different
  }

  /**
   * The place level. Two places count against a match only as far as they are known to be two:
   * two cities the gazetteer reads as two places, or two countries, weigh strongly; a name it
   * cannot read (a venue, a district) or one side online says little.
   */
  placeLevel(i: number, j: number): number {
    const t = this.table
    const cityI = t.cityId[i]!
    const cityJ = t.cityId[j]!
    const countryI = t.countryId[i]!
    const countryJ = t.countryId[j]!
    const refI = t.placeRef[i]!
    const refJ = t.placeRef[j]!
    if (cityI >= 0 && cityI === cityJ) return PlaceLevel.Same
    if (refI >= 0 && refI === refJ) return PlaceLevel.Same
    if (cityI === this.onlineKey || cityJ === this.onlineKey) {
      // A hybrid event may be listed online by one source and at its venue by another.
      const other = cityI === this.onlineKey ? j : i
      return t.cityId[other]! >= 0 || t.countryId[other]! >= 0 ? PlaceLevel.OnlineAndPlace : PlaceLevel.Unknown
    }
    if (cityI >= 0 && cityJ >= 0) {
      if (this.namesInside(i, cityJ) || this.namesInside(j, cityI) || this.similarPlaces(cityI, cityJ)) return PlaceLevel.Inside
      if ((refJ >= 0 && this.namesInside(i, refJ)) || (refI >= 0 && this.namesInside(j, refI))) return PlaceLevel.Inside
    }
    if (countryI >= 0 && countryJ >= 0 && countryI !== countryJ) return PlaceLevel.OtherCountry
    if (cityI >= 0 && cityJ >= 0) {
      if (refI >= 0 && refJ >= 0) return PlaceLevel.OtherCity
      // A place in another script that neither the text keys nor the gazetteer can read is not
      // evidence against; a name in Latin letters it does not know is weak evidence.
      if ((t.otherScript[i]! | t.otherScript[j]!) & 2) return PlaceLevel.Unknown
      return PlaceLevel.OtherName
    }
    if (countryI >= 0 && countryI === countryJ) return PlaceLevel.SameCountry
    return PlaceLevel.Unknown
  }

  /** The title level; the similarity and shared words stay in fields. */
  titleLevel(i: number, j: number): number {
    const t = this.table
    const fromI = t.tokenStart[i]!
    const toI = t.tokenStart[i + 1]!
    const fromJ = t.tokenStart[j]!
    const toJ = t.tokenStart[j + 1]!
    this.shared.length = 0
    this.similarity = 0
    if (fromI === toI || fromJ === toJ) return TitleLevel.Unknown
    this.similarity = titleSimilarity(t.tokens, fromI, toI, fromJ, toJ, t.tokenText, this.wordCredits, this.similarityFloor)
    const level = this.similarity >= EXACT_TITLE ? TitleLevel.Exact : this.similarity >= HIGH_TITLE ? TitleLevel.High : this.similarity >= MEDIUM_TITLE ? TitleLevel.Medium : TitleLevel.None
    // A scan (similarityFloor set) wants the level only; the shared words are for explanations.
    if (level !== TitleLevel.None && this.similarityFloor > 0) return level
    if (!this.wordLevelsWanted) return TitleLevel.None
    for (let p = fromI; p < toI; p++) {
      const token = t.tokens[p]!
      for (let q = fromJ; q < toJ; q++) if (t.tokens[q] === token) this.shared.push(token)
    }
    this.shared.sort(this.byFrequency)
    if (level !== TitleLevel.None) return level
    if (this.isAcronymOf(i, j) || this.isAcronymOf(j, i)) return TitleLevel.Acronym
    // A shared word that is the records' own place (`Seminar in Sevilla` and `Visita de estudio a
    // Sevilla`, both in Sevilla) is the place's evidence, already counted there: not the title's.
    const rarest = this.rarestSharedOutsidePlace(i, j)
    if (rarest >= 0) return t.tokenFrequency[rarest]! <= this.rareLimit ? TitleLevel.RareWords : TitleLevel.CommonWords
    if (this.shared.length > 0) return TitleLevel.None
    // Titles in two scripts say nothing by sharing no word: one is likely a translation.
    if ((t.otherScript[i]! ^ t.otherScript[j]!) & 1) return TitleLevel.Unknown
    return TitleLevel.None
  }

  /** Edition numbers and ordinals: unknown unless both titles carry some. */
  numbersLevel(i: number, j: number): number {
    const t = this.table
    const fromI = t.numberStart[i]!
    const toI = t.numberStart[i + 1]!
    const fromJ = t.numberStart[j]!
    const toJ = t.numberStart[j + 1]!
    if (fromI === toI || fromJ === toJ) return NumberLevel.Unknown
    if (toI - fromI !== toJ - fromJ) return NumberLevel.Unknown
    for (let k = 0; k < toI - fromI; k++) if (t.numbers[fromI + k] !== t.numbers[fromJ + k]) return NumberLevel.Different
    return NumberLevel.Same
  }

  /** The rarest shared title word that names neither record's place, or -1. */
  private rarestSharedOutsidePlace(i: number, j: number): number {
    const placeI = this.table.cityId[i]!
    const placeJ = this.table.cityId[j]!
    for (const token of this.shared) {
      const place = this.placeOfToken(token)
      if (place < 0 || (place !== placeI && place !== placeJ)) return token
    }
    return -1
  }

  /** The place key a title word is (`sevilla` is the key `seville`), or -1. */
  private placeOfToken(token: number): number {
    let place = this.tokenPlaces.get(token)
    if (place === undefined) {
      this.placeKeyIds ??= new Map(this.table.cityText.map((text, id) => [text, id]))
      place = this.placeKeyIds.get(placeNameKey(this.table.tokenText[token]!)) ?? -1
      this.tokenPlaces.set(token, place)
    }
    return place
  }

  private isAcronymOf(i: number, j: number): boolean {
    const acronym = this.table.acronymToken[j]!
    if (acronym < 0) return false
    const t = this.table
    for (let p = t.tokenStart[i]!; p < t.tokenStart[i + 1]!; p++) if (t.tokens[p] === acronym) return true
    return false
  }

  /** Record i's place text names the place `key` somewhere inside (a venue in its city). */
  private namesInside(i: number, key: number): boolean {
    const t = this.table
    for (let p = t.placeWordStart[i]!; p < t.placeWordStart[i + 1]!; p++) if (t.placeWords[p] === key) return true
    return false
  }

  private similarPlaces(a: number, b: number): boolean {
    const known = this.similarPlaceCache.get(a, b)
    if (known >= 0) return known === 1
    const x = this.table.cityText[a]!
    const y = this.table.cityText[b]!
    const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x]
    let similarity: number
    // One name beginning with the other: a name run into its region (`HalleWestfalen`) or inflected (`Londone`).
    if (shorter.length >= MIN_PREFIX && longer.startsWith(shorter) && shorter !== 'online') similarity = 1
    else similarity = x === 'online' || y === 'online' || x.length < 5 || y.length < 5 ? 0 : jaroWinkler(x, y)
    this.similarPlaceCache.set(a, b, similarity >= SIMILAR_PLACE)
    return similarity >= SIMILAR_PLACE
  }
}
