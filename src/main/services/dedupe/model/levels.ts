/**
 * The comparison levels of each field, as in Fellegi–Sunter record linkage (Splink's
 * "comparison levels"): each compared pair falls in exactly one level per field, and each level
 * has its own m and u probabilities. Level 0 of every field is "unknown" (a value is missing on
 * either side, or cannot be compared): it weighs 0, neither helping nor hurting.
 */
export const FIELDS = ['dates', 'place', 'title', 'numbers'] as const
export type Field = (typeof FIELDS)[number]

export const DateLevel = { Unknown: 0, Same: 1, Overlap: 2, Within3Days: 3, SameMonth: 4, Different: 5, DayOfMonthNear: 6 } as const
/**
 * Place levels tell two places that are known to differ from two that may not:
 * - OtherCity: two cities both read, and read as two (two gazetteer places, in one country or
 *   with no country stated): as telling as another country;
 * - OtherName: two place names that differ where one of them is not a place the gazetteer
 *   knows (a venue, a district, a suburb: `Jamor` for Estoril's tournament) — weak evidence;
 * - OnlineAndPlace: one side online, the other somewhere (a hybrid event) — weak evidence;
 * - SameCountry: the same country where a city is missing on one side.
 */
export const PlaceLevel = { Unknown: 0, Same: 1, Inside: 2, SameCountry: 3, OtherCity: 4, OtherCountry: 5, OnlineAndPlace: 6, OtherName: 7 } as const
export const TitleLevel = { Unknown: 0, Exact: 1, High: 2, Medium: 3, Acronym: 4, RareWords: 5, CommonWords: 6, None: 7 } as const
export const NumberLevel = { Unknown: 0, Same: 1, Different: 2 } as const

/** Levels where the two values disagree: their weight is never positive (model.ts). */
export const DISAGREEING: Readonly<Record<Field, readonly number[]>> = {
  dates: [DateLevel.Different],
  place: [PlaceLevel.OtherCity, PlaceLevel.OtherCountry, PlaceLevel.OnlineAndPlace, PlaceLevel.OtherName],
  title: [TitleLevel.None],
  numbers: [NumberLevel.Different]
}

/** Names of each field's levels, in level order: they key the stored model and the explanations. */
export const LEVEL_NAMES: Readonly<Record<Field, readonly string[]>> = {
  dates: ['unknown', 'same', 'overlapping', 'start 1-3 days apart', 'same month', 'different', 'day of the month fits (no month given)'],
  place: ['unknown', 'same place', 'place named in the other', 'same country', 'different city', 'different country', 'online and a place', 'other place name'],
  title: ['unknown', 'exact', 'high similarity', 'medium similarity', 'acronym', 'shared rare words', 'shared common words', 'no overlap'],
  numbers: ['unknown', 'same', 'different']
}

export const LEVEL_COUNT: Readonly<Record<Field, number>> = {
  dates: LEVEL_NAMES.dates.length,
  place: LEVEL_NAMES.place.length,
  title: LEVEL_NAMES.title.length,
  numbers: LEVEL_NAMES.numbers.length
}

/** A pair's levels, one per field. */
export interface LevelVector {
  dates: number
  place: number
  title: number
  numbers: number
}

/** Titles at least this similar (0..1) are "exact" (1 but for rounding). */
export const EXACT_TITLE = 0.9995
/** Titles at least this similar (0..1) are "high"; at least MEDIUM, "medium". */
export const HIGH_TITLE = 0.85
export const MEDIUM_TITLE = 0.6
/** Starts this many days apart or fewer are "start 1-3 days apart". */
export const NEAR_DAYS = 3
/** Starts this many days apart or fewer are "same month". */
export const MONTH_DAYS = 31

/** The levels as one small integer (3 bits a field), to count patterns instead of pairs. */
export function packLevels(v: LevelVector): number {
  return v.dates | (v.place << 3) | (v.title << 6) | (v.numbers << 9)
}

export function unpackLevels(pattern: number): LevelVector {
  return { dates: pattern & 7, place: (pattern >> 3) & 7, title: (pattern >> 6) & 7, numbers: (pattern >> 9) & 7 }
}

export const PATTERN_COUNT = 1 << 12
