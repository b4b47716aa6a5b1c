/** A date expression as read, before a year is settled: what the text says and nothing more. */

export interface DayParts {
  year?: number
  month?: number
  day?: number
}

export interface DateParts {
  start: DayParts
  /** Absent for a single day (or single month/year). */
  end?: DayParts
  /** Offsets of the expression in the text it was found in. */
  index: number
  length: number
  /** Set when a numeric date had to be read month-first (e.g. 03/25/2019). */
  monthFirst?: boolean
  /** Time of day found next to the date, normalised ("14:00", "14:00–16:00"). */
  time?: string
  /**
   * Only the end is given ("Through January 1, 2020", "jusqu'au 7", "bis 5. Mai"): `start` is
   * empty and `end` holds the date. Found only when the caller asks for partial readings.
   */
  openStart?: boolean
  /**
   * The start is given and the end is not known yet (an end column saying `TBA`): resolveParts
   * gives the start and no end date, with a warning, instead of a one-day event.
   */
  openEnd?: boolean
  /** The weekday the text names beside the date (0 = Sunday … 6); resolveParts warns when it does not match. */
  weekday?: number
}

/** What the caller knows about the page, to read what a line alone cannot settle. */
export interface FindOptions {
  /**
   * Languages of the page, most likely first (ISO 639 codes, as guessPageLanguages gives):
   * a word that names different months in different languages takes the first one's reading,
   * and words only minor languages use are read when one of those is preferred.
   */
  languages?: readonly string[]
  /** Order for numeric dates that read either way (03/04/2019, 10. 08), as numericOrderOfPage gives. */
  numericOrder?: 'dayFirst' | 'monthFirst'
  /**
   * Also return what only page context can complete: a day alone (`29日(月曜日)`, `Sábado, dia 23`,
   * `dal 3 al 5`), a numeric month and day (`10. 08 (목)`), and open starts (`jusqu'au 7`).
   */
  partial?: boolean
}

export const MIN_YEAR = 1800
export const MAX_YEAR = 2199

export function isYear(value: number): boolean {
  return value >= MIN_YEAR && value <= MAX_YEAR
}

/** How much a reading says: used to prefer the fuller of two candidate expressions. */
export function specificity(parts: DateParts): number {
  const score = (p: DayParts): number =>
    (p.year !== undefined ? 4 : 0) + (p.month !== undefined ? 2 : 0) + (p.day !== undefined ? 1 : 0)
  return score(parts.start) + (parts.end ? 1 : 0)
}
