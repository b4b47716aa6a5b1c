import { z } from 'zod'
import { isIsoDate } from '../csv/isoDate'

/** Shape of one EventRecord in a curate-records export; mirrors src/shared/record.ts. */

const ISO_DATE_MESSAGE = 'must be an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)'
const isoDate = z.string().refine(isIsoDate, { error: ISO_DATE_MESSAGE })
/** Timestamps as the app writes them (Date.prototype.toISOString), with some slack for hand edits. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const timestamp = z.string().regex(ISO_TIMESTAMP, { error: 'must be an ISO 8601 date and time' })
const id = z.number().int().positive()

export const eventRecordSchema = z.object({
  id,
  uid: z.string().min(1, { error: 'must not be empty' }),
  status: z.enum(['active', 'trashed', 'merged']),
  // refine, not trim(): a transform would alter the title and the re-import must be lossless.
  title: z.string().refine((v) => v.trim() !== '', { error: 'must not be empty' }),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  dateText: z.string().nullable(),
  place: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  countryCode: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 code such as FR (two capital letters)' })
    .nullable(),
  notes: z.string().nullable(),
  tags: z.array(z.string()),
  warnings: z.array(z.string()),
  confidence: z.number().min(0).max(1).nullable(),
  batchId: id.nullable(),
  sourceFile: z.string().nullable(),
  sourceLine: id.nullable(),
  sourceText: z.string().nullable(),
  mergedInto: id.nullable(),
  deletedAt: timestamp.nullable(),
  createdAt: timestamp,
  updatedAt: timestamp,
  version: z.number().int().min(1)
})

export const RECORD_KEYS: ReadonlySet<string> = new Set(Object.keys(eventRecordSchema.shape))

export const SUPPORTED_VERSION = 1

/** One zod issue in words: "startDate must be an ISO 8601 date ..., not '2020-13-01'". */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const path = formatPath(issue.path)
  const input = 'input' in issue ? issue.input : undefined
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return `${path} is missing`
      return `${path} must be ${expectedInWords(issue.expected)}${nullableHint(path)}, not ${describeValue(input)}`
    case 'invalid_value':
      return `${path} must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describeValue(input)}`
    case 'too_small':
    case 'too_big':
      return `${path} ${numberOrLengthBound(issue)}, not ${describeValue(input)}`
    default:
      return `${path} ${issue.message}${input === undefined ? '' : `, not ${describeValue(input)}`}`
  }
}

function numberOrLengthBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  if (issue.origin === 'string' && issue.code === 'too_small') return 'must not be empty'
  const bound = issue.code === 'too_small' ? `at least ${String(issue.minimum)}` : `at most ${String(issue.maximum)}`
  return `must be ${bound}`
}

function nullableHint(path: string): string {
  const field = path.split(/[.[]/)[0]
  return NULLABLE_FIELDS.has(field) ? ' or null' : ''
}

const NULLABLE_FIELDS = new Set(
  Object.entries(eventRecordSchema.shape).flatMap(([key, schema]) => (schema.safeParse(null).success ? [key] : []))
)

function expectedInWords(expected: string): string {
  switch (expected) {
    case 'string':
      return 'a text'
    case 'number':
      return 'a number'
    case 'int':
      return 'a whole number'
    case 'array':
      return 'a list'
    case 'object':
      return 'an object'
    default:
      return expected
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${String(part)}` : String(part)
  return out || 'the record'
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return value.length > 40 ? `'${value.slice(0, 40)}…'` : `'${value}'`
  if (typeof value === 'object') return 'an object'
  return String(value)
}
