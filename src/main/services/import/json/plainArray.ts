import { buildRecord, planColumns } from '../csv/buildRecord'
import { CellReaders } from '../csv/cells'
import { mapColumns } from '../csv/fields'
import type { ParseSteps } from '../steps'
import { ParseError, type ParsedRecord, type ParseResult, type SkippedLine } from '../types'
import type { LocatedElements } from './parseJson'
import { describeValue } from './schema'

/**
 * A convenience: a list of objects with record-like keys ({ title, startDate, place, tags })
 * in any of the spellings a CSV header may use, read as the CSV importer reads a row.
 */
export function* plainRecordsSteps(items: readonly unknown[], located: LocatedElements, slice: number): ParseSteps<ParseResult> {
  const records: ParsedRecord[] = []
  const skipped: SkippedLine[] = []
  const readers = new CellReaders()
  let objects = 0

  for (let index = 0; index < items.length; index++) {
    if (index % slice === 0) yield 0.2 + (0.8 * index) / items.length
    const item = items[index]
    const line = located.lineOf(index)
    const text = located.textOf(index)
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      skipped.push({ line, text, reason: `record ${index + 1} is ${describeValue(item)}, not an object` })
      continue
    }
    objects++
    const entries = Object.entries(item as Record<string, unknown>)
    const fields = mapColumns(entries.map(([key]) => key))
    // A value of the wrong type in a field that is read (an object where a date belongs) is
    // named, not quietly read as empty.
    const wrong = entries.findIndex(([, value], column) => fields[column] && !isCellValue(value))
    if (wrong >= 0) {
      const [key, value] = entries[wrong]!
      skipped.push({ line, text, reason: `record ${index + 1}: "${key}" must be text, a number or a list of them, not ${describeValue(value)}` })
      continue
    }
    const cells = entries.map(([, value]) => cellText(value))
    const outcome = buildRecord(cells, planColumns(fields), readers, line, text)
    if ('record' in outcome) records.push(outcome.record)
    else skipped.push({ line, text, reason: `record ${index + 1}: ${outcome.skipReason}` })
  }

  if (items.length > 0 && objects === 0) {
    throw new ParseError(`the JSON is a list of ${describeValue(items[0])} values, not of records`, located.lineOf(0))
  }
  const notices = items.length === 0 ? ['the list holds no records'] : []
  return { format: 'json', records, skipped, notices }
}

const isScalar = (value: unknown): boolean => value === null || ['string', 'number', 'boolean'].includes(typeof value)

function isCellValue(value: unknown): boolean {
  return value === undefined || isScalar(value) || (Array.isArray(value) && value.every(isScalar))
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) return value.filter((v) => typeof v === 'string' || typeof v === 'number').join(', ')
  return ''
}
