import { earliestDay } from '../../../../shared/dates'
import type { BulkRow, Patch } from '../rows'
import { perRow, type RuleRunner } from './types'

const ISO_PARTIAL = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/

/**
 * Moves a date by whole days, keeping its precision: a day moves by days, a month (`2009-11`)
 * or a year (`2009`) moves its first day and keeps only the month or year of the result.
 * Values that are not ISO dates are left alone.
 */
export function shiftDate(value: string, days: number): string {
  if (!ISO_PARTIAL.test(value)) return value
  const [y, m, d] = earliestDay(value).split('-').map(Number) as [number, number, number]
  const moved = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not read years below 100 as 19xx.
  moved.setUTCFullYear(y, m - 1, d)
  moved.setTime(moved.getTime() + days * 86_400_000)
  const iso = `${String(moved.getUTCFullYear()).padStart(4, '0')}-${String(moved.getUTCMonth() + 1).padStart(2, '0')}-${String(moved.getUTCDate()).padStart(2, '0')}`
  return iso.slice(0, value.length)
}

/** Replaces the year of an ISO date; the result may be impossible (29 February), which validation reports. */
export function withYear(value: string, year: number): string {
  if (!ISO_PARTIAL.test(value)) return value
  return String(year).padStart(4, '0') + value.slice(4)
}

export function shiftDatesRunner(days: number): RuleRunner {
  return perRow(false, (row) => {
    const patch: Patch = {}
    if (row.startDate) patch.startDate = shiftDate(row.startDate, days)
    if (row.endDate) patch.endDate = shiftDate(row.endDate, days)
    return patch
  })
}

/**
 * Sets the start's year and moves the end by as many years, so a range across New Year
 * (2015-12-30 – 2016-01-02) stays a range. Without a start, the end's year is set.
 */
export function setYearRunner(year: number): RuleRunner {
  const yearOf = (v: string | null): number | null => (v && ISO_PARTIAL.test(v) ? Number(v.slice(0, 4)) : null)
  return perRow(false, (row: BulkRow) => {
    const anchor = yearOf(row.startDate) ?? yearOf(row.endDate)
    if (anchor === null) return null
    const delta = year - anchor
    const patch: Patch = {}
    const start = yearOf(row.startDate)
    const end = yearOf(row.endDate)
    if (start !== null) patch.startDate = withYear(row.startDate!, start + delta)
    if (end !== null) patch.endDate = withYear(row.endDate!, Math.min(9999, Math.max(1, end + delta)))
    return patch
  })
}
