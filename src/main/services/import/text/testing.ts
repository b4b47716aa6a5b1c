/** Test helper: a record's reading as one comparable row. Not used by the app. */

import type { ParsedRecord } from '../types'

export interface Reading {
  line: number
  title: string
  start: string | null
  end: string | null
  place: string | null
  city: string | null
  country: string | null
  code: string | null
}

export function readingOf(r: ParsedRecord): Reading {
  return {
    line: r.sourceLine,
    title: r.title,
    start: r.startDate,
    end: r.endDate,
    place: r.place,
    city: r.city,
    country: r.country,
    code: r.countryCode
  }
}

export function row(
  line: number,
  title: string,
  start: string | null,
  end: string | null,
  place: string | null,
  city: string | null,
  country: string | null,
  code: string | null
): Reading {
  return { line, title, start, end, place, city, country, code }
}
