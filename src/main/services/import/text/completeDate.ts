/**
 * Completes a date that gives only a day, or a day and a month, from the page's context: the
 * month heading above it and the year in force there. `31-1` under January is 31 January to
 * 1 February; under December it runs into the next year.
 */

import type { DateParts, DayParts } from '../dates'
import type { ContextValue } from './pageContext'

export interface DateContext {
  year?: ContextValue
  month?: ContextValue
}

export interface CompletedDate {
  parts: DateParts
  /** Where a missing month came from, for the record's warnings. */
  monthFrom: string | null
  /** True when the text gave a day but nothing said which month. */
  noMonth: boolean
}

function copy(p: DayParts): DayParts {
  return { year: p.year, month: p.month, day: p.day }
}

export function completeDate(parts: DateParts, context: DateContext): CompletedDate {
  const needsMonth = parts.start.month === undefined && parts.start.day !== undefined
  if (!needsMonth) return { parts, monthFrom: null, noMonth: false }
  if (context.month === undefined) return { parts, monthFrom: null, noMonth: true }
  const month = context.month.value
  const start = copy(parts.start)
  start.month = month
  const completed: DateParts = { ...parts, start }
  if (parts.end !== undefined) {
    const end = copy(parts.end)
    if (end.month === undefined) {
      const crossesMonth = end.day !== undefined && start.day !== undefined && end.day < start.day
      end.month = crossesMonth ? (month % 12) + 1 : month
      // Into January of the next year: settle both years now, as resolveParts cannot know.
      if (crossesMonth && month === 12 && start.year === undefined && end.year === undefined && context.year !== undefined) {
        start.year = context.year.value
        end.year = context.year.value + 1
      }
    }
    completed.end = end
  }
  return { parts: completed, monthFrom: context.month.source, noMonth: false }
}
