import { AppError } from '../../../shared/errors'

/**
 * How far one bulk edit may grow the text it changes. A find of an empty match replaced by a
 * long text multiplies every value (`(?:)` → 1,000 characters makes a 50-character title
 * 51,000 long); over 100,000 records that exhausted the heap and killed the process. No field
 * holds more than 20,000 characters, so a value past MAX_VALUE_CHARS can only be a mistake,
 * and MAX_TOTAL_GROWTH keeps the whole edit's new text within a few tens of megabytes.
 */
export const MAX_VALUE_CHARS = 100_000
export const MAX_TOTAL_GROWTH = 16_000_000

/** Counts the growth of an edit's values as they are made, and stops the edit at the bounds. */
export class GrowthBudget {
  grown = 0

  constructor(
    readonly maxValue = MAX_VALUE_CHARS,
    readonly maxTotal = MAX_TOTAL_GROWTH
  ) {}

  /** Called for each changed value, before the next one is made. */
  check(field: string, before: string, after: string): void {
    if (after.length > this.maxValue) throw valueTooLong(field, after.length, this.maxValue)
    if (after.length > before.length) this.grown += after.length - before.length
    if (this.grown > this.maxTotal) throw tooMuchGrowth(this.maxTotal)
  }
}

const count = (n: number): string => n.toLocaleString('en')

export function valueTooLong(field: string, length: number, max: number): AppError {
  return new AppError(
    'INVALID_ARGUMENT',
    `this edit would make a ${field} ${count(length)} characters long (at most ${count(max)} are allowed); check the find and replace texts; nothing was changed`,
    { replace: 'the result would be far too long' }
  )
}

export function tooMuchGrowth(max: number): AppError {
  return new AppError(
    'INVALID_ARGUMENT',
    `this edit would add more than ${count(max)} characters of text; check the find and replace texts, or edit fewer records at a time; nothing was changed`,
    { replace: 'the result would be far too long' }
  )
}
