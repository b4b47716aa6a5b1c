/**
 * How much each field can move the score. A title alone can never make a pair: identical
 * titles still need dates that do not contradict each other, which is what keeps three
 * different "1st ICC expert visit" events apart.
 */
export const WEIGHTS = { title: 0.55, dates: 0.3, place: 0.1, country: 0.05 } as const

/** Subtracted (before normalising) when two records' dates are clearly different. */
export const DATE_CONFLICT = -0.25
/** Subtracted when both records name a city and the cities differ. */
export const CITY_CONFLICT = -0.2
/** Subtracted when both records name a country and the countries differ. */
export const COUNTRY_CONFLICT = -0.15
/** Ranges this many days apart or fewer are "near" (a source off by a day or two). */
export const NEAR_DAYS = 7

/** Scores at or above this are reported as likely duplicates. */
export const DEFAULT_THRESHOLD = 0.75
