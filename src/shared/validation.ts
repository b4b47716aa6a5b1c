import { z } from 'zod'
import { endNotBeforeStart, isIsoPartialDate } from './dates'
import { isKnownCountryCode } from './countries'
import { describePath } from './fieldLabels'

const optionalText = (max: number) => z.string().max(max).nullable()

export const isoDate = z
  .string()
  .refine(isIsoPartialDate, { message: 'must be an ISO 8601 date such as 2015-10-29, 2015-10 or 2015' })

export const TagSchema = z
  .string()
  .trim()
  .min(1, { message: 'a tag cannot be empty' })
  .max(100)
  .refine((t) => !/[\r\n]/.test(t), { message: 'a tag cannot contain a line break' })

/** Every editable field; unknown keys are refused so typos never vanish silently. */
const fieldShape = {
  title: z.string().trim().min(1, { message: 'title is required' }).max(1000),
  startDate: isoDate.nullable(),
  endDate: isoDate.nullable(),
  dateText: optionalText(500),
  place: optionalText(500),
  city: optionalText(200),
  country: optionalText(200),
  countryCode: z
    .string()
    .refine(isKnownCountryCode, { message: 'must be a known ISO 3166-1 alpha-2 country code such as CH' })
    .nullable(),
  notes: optionalText(20_000),
  tags: z.array(TagSchema).max(200)
}

type FieldValues = { startDate?: string | null; endDate?: string | null }

function checkDateOrder(value: FieldValues, ctx: z.RefinementCtx): void {
  const { startDate, endDate } = value
  // An unreadable date already has its own message; comparing it would add a false one.
  if (!startDate || !endDate || !isIsoPartialDate(startDate) || !isIsoPartialDate(endDate)) return
  if (!endNotBeforeStart(startDate, endDate)) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'end date is before the start date' })
  }
}

export const RecordFieldsSchema = z.strictObject(fieldShape).superRefine(checkDateOrder)

/** A patch: any subset of fields; date order is checked again against the stored record. */
export const RecordPatchSchema = z.strictObject(fieldShape).partial()

export const NewRecordSchema = z
  .strictObject({
    ...fieldShape,
    startDate: fieldShape.startDate.default(null),
    endDate: fieldShape.endDate.default(null),
    dateText: fieldShape.dateText.default(null),
    place: fieldShape.place.default(null),
    city: fieldShape.city.default(null),
    country: fieldShape.country.default(null),
    countryCode: fieldShape.countryCode.default(null),
    notes: fieldShape.notes.default(null),
    tags: fieldShape.tags.default([])
  })
  .superRefine(checkDateOrder)

/**
 * Turns zod issues into per-field messages (keyed by the field's path, for the forms) and one
 * sentence for the archivist that names each field as the UI labels it.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): { message: string; fields: Record<string, string> } {
  const fields: Record<string, string> = {}
  const sentences: string[] = []
  for (const issue of issues) {
    const key = issue.path.length ? issue.path.join('.') : '(arguments)'
    if (key in fields) continue
    const text = plainWords(issue)
    fields[key] = text
    sentences.push(issue.path.length ? `${describePath(issue.path)}: ${text}` : text)
  }
  return { message: sentences.join('; '), fields }
}

const count = (n: number | bigint): string => n.toLocaleString('en')

/** zod's own wording for sizes ("Too big: expected string to have <=1000 characters") in plain words. */
function plainWords(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big' && issue.message.startsWith('Too big')) {
    if (issue.origin === 'string') return `too long (at most ${count(issue.maximum)} characters)`
    if (issue.origin === 'array') return `too many (at most ${count(issue.maximum)})`
    return `too large (at most ${count(issue.maximum)})`
  }
  if (issue.code === 'too_small' && issue.message.startsWith('Too small')) {
    if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'cannot be empty' : `too short (at least ${count(issue.minimum)} characters)`
    if (issue.origin === 'array') return `too few (at least ${count(issue.minimum)})`
    return `too small (at least ${count(issue.minimum)})`
  }
  return issue.message
}
