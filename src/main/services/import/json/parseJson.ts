import type { EventRecord, RecordsEnvelope } from '../../../../shared/record'
import { lineAndColumnAt } from '../input/position'
import { ParseError, type ParsedRecord, type ParseResult, type SkippedLine } from '../types'
import { runSteps, type ParseSteps } from '../steps'
import { plainRecordsSteps } from './plainArray'
import { describeIssue, describeValue, eventRecordSchema, RECORD_KEYS, SUPPORTED_VERSION } from './schema'
import { findJsonSyntaxProblem, recordElementSpans, type Span } from './syntax'

/** How many record problems a refusal message lists before "and N more". */
const LISTED_PROBLEMS = 3

/**
 * Reads the app's own export (RecordsEnvelope, format 'curate-records', version 1)
 * losslessly: every record keeps its full EventRecord in `original`. Records that do not
 * have the right shape are skipped with a reason naming the record (1-based) and field; if
 * none has, the file is refused. Also reads a plain array of record-like objects
 * ({ title, startDate, place, ... }) as a convenience.
 */
export function parseRecordsJson(text: string): ParseResult {
  return runSteps(jsonSteps(text))
}

/** Records read between two yields of jsonSteps (each is checked against the record schema). */
const RECORD_SLICE = 500

/**
 * parseRecordsJson in slices (see ../steps). JSON.parse itself is one step (fast even for
 * 50 MB); checking every record, the costly part, yields every RECORD_SLICE records.
 */
export function* jsonSteps(text: string): ParseSteps<ParseResult> {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const root = parseJsonOrExplain(body)
  yield 0.1
  const located = locateElements(body)
  yield 0.2

  if (Array.isArray(root)) return yield* plainRecordsSteps(root, located, RECORD_SLICE)
  if (root === null || typeof root !== 'object') {
    throw new ParseError(`the JSON holds ${describeValue(root)}, not a records export or a list of records`)
  }
  const envelope = root as Record<string, unknown>
  if (!('format' in envelope)) {
    if (Array.isArray(envelope.records)) {
      const result = yield* plainRecordsSteps(envelope.records, located, RECORD_SLICE)
      result.notices.unshift("the JSON has no 'format' field; its 'records' list was read as plain records")
      return result
    }
    throw new ParseError("this JSON is not a curate-records export: it has no 'format' field and no 'records' list")
  }
  checkEnvelope(envelope)
  return yield* envelopeRecordsSteps(envelope.records as unknown[], located)
}

function parseJsonOrExplain(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    const problem = findJsonSyntaxProblem(text)
    if (!problem) throw new ParseError('the file is not valid JSON')
    const { line, column } = lineAndColumnAt(text, problem.offset)
    throw new ParseError(`invalid JSON at column ${column}: ${problem.problem}`, line)
  }
}

function checkEnvelope(envelope: Record<string, unknown>): void {
  const { format, version, records } = envelope
  if (format !== 'curate-records') {
    throw new ParseError(`this JSON is a ${describeValue(format)} file, not a curate-records export`)
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new ParseError(`the export's version must be a whole number from 1, not ${describeValue(version)}`)
  }
  if (version > SUPPORTED_VERSION) {
    throw new ParseError(
      `this export was written by a newer version of the app (format version ${version}); ` +
        `this version reads format version ${SUPPORTED_VERSION} only. Update the app to import it`
    )
  }
  if (!Array.isArray(records)) {
    throw new ParseError(`the export's 'records' must be a list, not ${describeValue(records)}`)
  }
}

/** Where each element of the records list starts (line) and its verbatim text. */
export interface LocatedElements {
  lineOf(index: number): number
  textOf(index: number): string
}

function locateElements(text: string): LocatedElements {
  const spans = recordElementSpans(text)
  const lines = linesOfOffsets(text, spans)
  return {
    lineOf: (index) => lines[index] ?? 1,
    textOf: (index) => (spans[index] ? text.slice(spans[index].start, spans[index].end) : '')
  }
}

/** Line numbers of sorted span starts in one pass over the text. */
function linesOfOffsets(text: string, spans: readonly Span[]): number[] {
  const lines: number[] = []
  let line = 1
  let pos = 0
  for (const span of spans) {
    for (; pos < span.start; pos++) {
      const c = text.charCodeAt(pos)
      if (c === 10 || (c === 13 && text.charCodeAt(pos + 1) !== 10)) line++
    }
    lines.push(line)
  }
  return lines
}

function* envelopeRecordsSteps(items: readonly unknown[], located: LocatedElements): ParseSteps<ParseResult> {
  const records: ParsedRecord[] = []
  const skipped: SkippedLine[] = []
  const problems: { line: number; message: string }[] = []
  const unknownKeys = new Map<string, number>()
  const uids = new Map<string, number>()
  const notices: string[] = []

  for (let index = 0; index < items.length; index++) {
    if (index % RECORD_SLICE === 0) yield 0.2 + (0.8 * index) / items.length
    const item = items[index]
    const label = `record ${index + 1}`
    const line = located.lineOf(index)
    const parsed = eventRecordSchema.safeParse(item, { reportInput: true })
    if (!parsed.success) {
      const message = `${label}: ${parsed.error.issues.map(describeIssue).join('; ')}`
      problems.push({ line, message })
      skipped.push({ line, text: located.textOf(index), reason: message })
      continue
    }
    for (const key of Object.keys(item as object)) {
      if (!RECORD_KEYS.has(key)) unknownKeys.set(key, (unknownKeys.get(key) ?? 0) + 1)
    }
    const original: EventRecord = parsed.data
    const earlier = uids.get(original.uid)
    if (earlier !== undefined) notices.push(`${label} has the same uid as record ${earlier}`)
    else uids.set(original.uid, index + 1)
    records.push(toParsedRecord(original, line, located.textOf(index)))
  }

  if (records.length === 0 && problems.length > 0) {
    const listed = problems.slice(0, LISTED_PROBLEMS).map((p) => p.message)
    const more = problems.length > LISTED_PROBLEMS ? `; and ${problems.length - LISTED_PROBLEMS} more` : ''
    throw new ParseError(`no record in the export has the right shape: ${listed.join('; ')}${more}`, problems[0].line)
  }
  if (items.length === 0) notices.push('the export holds no records')
  for (const [key, count] of unknownKeys) {
    notices.push(`field '${key}' is not one this version knows; ignored in ${count} record${count === 1 ? '' : 's'}`)
  }
  return { format: 'json', records, skipped, notices }
}

function toParsedRecord(original: EventRecord, line: number, sourceText: string): ParsedRecord {
  return {
    title: original.title,
    startDate: original.startDate,
    endDate: original.endDate,
    dateText: original.dateText,
    place: original.place,
    city: original.city,
    country: original.country,
    countryCode: original.countryCode,
    notes: original.notes,
    tags: [...original.tags],
    sourceLine: line,
    sourceText,
    confidence: original.confidence ?? 1,
    warnings: [...original.warnings],
    original
  }
}

export type { RecordsEnvelope }
