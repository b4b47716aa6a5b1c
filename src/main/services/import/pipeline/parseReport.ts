import type { ParseResult } from '../types'

/** What `curate parse --json` prints: the reading of every record and every skipped line, nothing more. */
export interface ParseReport {
  records: {
    title: string
    startDate: string | null
    endDate: string | null
    place: string | null
    city: string | null
    country: string | null
    countryCode: string | null
    sourceLine: number
    warnings: string[]
  }[]
  skipped: { line: number; text: string; reason: string }[]
}

export function parseReport(result: ParseResult): ParseReport {
  return {
    records: result.records.map((r) => ({
      title: r.title,
      startDate: r.startDate,
      endDate: r.endDate,
      place: r.place,
      city: r.city,
      country: r.country,
      countryCode: r.countryCode,
      sourceLine: r.sourceLine,
      warnings: r.warnings
    })),
    skipped: result.skipped.map((s) => ({ line: s.line, text: s.text, reason: s.reason }))
  }
}
