/**
 * Import warnings that follow the record's fields. A warning about the state of some fields
 * ("no place", "no country in the place", "no date") is re-judged whenever those fields change;
 * a doubt about how a field was read ("year taken from heading …", "country inferred from the
 * city name") leaves once the archivist has set that field. Other warnings stay until reviewed.
 * Shared by main (every logged change) and the import preview (edits before import).
 */

import type { RecordFields } from './record'

/** The record's fields the warnings are judged from (the record's own field list, not a copy). */
export type WarnedFields = { [K in 'title' | 'startDate' | 'endDate' | 'dateText' | 'place' | 'city' | 'country' | 'countryCode']?: RecordFields[K] | null }

type Field = keyof WarnedFields
const present = (v: string | null | undefined): boolean => typeof v === 'string' && v.trim() !== ''

interface Group {
  fields: readonly Field[]
  /** Warnings judged from the fields alone: each holds while its test holds. */
  states: Record<string, (r: WarnedFields) => boolean>
  /** Any other warning of this group: a doubt about a reading, gone once the fields are set. */
  mentions: RegExp
}

const PLACE_FIELDS: readonly Field[] = ['place', 'city', 'country', 'countryCode']
const DATE_FIELDS: readonly Field[] = ['startDate', 'endDate', 'dateText']

const GROUPS: readonly Group[] = [
  {
    fields: PLACE_FIELDS,
    states: {
      'no place': (r) => !PLACE_FIELDS.some((f) => present(r[f])),
      'place not split into city and country': (r) => present(r.place) && !present(r.city) && !present(r.country) && !present(r.countryCode),
      'no country in the place': (r) => present(r.city) && !present(r.country) && !present(r.countryCode)
    },
    mentions: /\b(place|city|country|countries|online)\b/i
  },
  {
    fields: DATE_FIELDS,
    states: {
      'no date': (r) => !present(r.startDate) && !present(r.endDate),
      'end date without a start date': (r) => present(r.endDate) && !present(r.startDate),
      'end date before start date': (r) => present(r.startDate) && present(r.endDate) && r.endDate! < r.startDate!
    },
    mentions: /\b(date|dates|year|month|day|weekday)\b/i
  },
  { fields: ['title'], states: { 'no title': (r) => !present(r.title) }, mentions: /\btitle\b/i }
]

/** The fields whose change can move a warning. */
export const WARNED_FIELDS: readonly Field[] = GROUPS.flatMap((g) => g.fields)

const same = (a: unknown, b: unknown): boolean => (a ?? null) === (b ?? null) || (!present(a as string) && !present(b as string))

/**
 * The warnings after `before` became `after`. Only groups whose fields changed are re-judged,
 * and only groups the record had a warning in: an archivist's own edit is not an import doubt.
 * Re-judging can swap one state for another ("no place" becomes "no country in the place").
 */
export function followWarnings(warnings: readonly string[], before: WarnedFields, after: WarnedFields): string[] {
  let next = [...warnings]
  const merged: WarnedFields = { ...before, ...after }
  for (const group of GROUPS) {
    if (!group.fields.some((f) => f in after && !same(before[f], after[f]))) continue
    const inGroup = (w: string): boolean => w in group.states || group.mentions.test(w)
    if (!next.some(inGroup)) continue
    next = next.filter((w) => !inGroup(w))
    for (const [warning, holds] of Object.entries(group.states)) if (holds(merged)) next.push(warning)
  }
  return [...new Set(next)]
}
