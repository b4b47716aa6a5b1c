import { fieldForHeader } from './fields'
import { tokenizeCsv } from './tokenize'

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const

export interface DelimiterAnalysis {
  delimiter: string
  /** Most common number of fields per non-blank row in the sample. */
  fieldCount: number
  /** Share (0..1) of sampled non-blank rows that have fieldCount fields. */
  consistency: number
  /** Sampled rows that are not blank. */
  sampledRows: number
  /** Share (0..1) of sampled lines that are blank: high in listing text, near zero in CSV. */
  blankShare: number
  /** Cells of the first row that are known column names. */
  headerMatches: number
}

const SAMPLE_CHARS = 65_536
const SAMPLE_ROWS = 40

/** Measures how well each candidate delimiter splits the head of the text into regular rows. */
export function analyzeDelimiters(text: string): DelimiterAnalysis[] {
  let sample = text.slice(0, SAMPLE_CHARS)
  const truncated = text.length > SAMPLE_CHARS
  if (truncated) {
    // A row cut in half by the sample edge would look ragged.
    const lastBreak = Math.max(sample.lastIndexOf('\n'), sample.lastIndexOf('\r'))
    if (lastBreak > 0) sample = sample.slice(0, lastBreak)
  }
  return CANDIDATE_DELIMITERS.map((delimiter) => analyze(sample, delimiter))
}

function analyze(sample: string, delimiter: string): DelimiterAnalysis {
  const { rows } = tokenizeCsv(sample, delimiter, SAMPLE_ROWS)
  const filled = rows.filter((row) => !isBlankRow(row.fields))
  const counts = new Map<number, number>()
  for (const row of filled) counts.set(row.fields.length, (counts.get(row.fields.length) ?? 0) + 1)
  let fieldCount = 1
  let best = 0
  for (const [count, times] of counts) {
    if (times > best || (times === best && count > fieldCount)) {
      fieldCount = count
      best = times
    }
  }
  const first = filled[0]?.fields ?? []
  return {
    delimiter,
    fieldCount,
    consistency: filled.length ? best / filled.length : 0,
    sampledRows: filled.length,
    blankShare: rows.length ? (rows.length - filled.length) / rows.length : 0,
    headerMatches: first.length > 1 ? first.filter((cell) => fieldForHeader(cell) !== null).length : 0
  }
}

export function isBlankRow(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '')
}

/** The delimiter that splits the text most regularly; a header of known names settles ties. */
export function detectDelimiter(text: string): string {
  return bestDelimiter(analyzeDelimiters(text))?.delimiter ?? ','
}

export function bestDelimiter(analyses: readonly DelimiterAnalysis[]): DelimiterAnalysis | null {
  let best: DelimiterAnalysis | null = null
  let bestScore = 0
  for (const a of analyses) {
    if (a.fieldCount < 2) continue
    const score = a.consistency + 0.5 * Math.min(a.headerMatches, 2) + a.fieldCount / 1000
    if (score > bestScore) {
      best = a
      bestScore = score
    }
  }
  return best
}
