import type { ChangeableField, FieldValues } from '../../db/recordRows'
import { followWarnings, WARNED_FIELDS, type WarnedFields } from '../../../shared/warnings'
import type { FieldStore } from './fieldStore'

/** The fields whose change can move a record's warnings. */
export const WARNED: readonly string[] = WARNED_FIELDS
const WARNED_SET = new Set<string>(WARNED_FIELDS)

/** Whether writing `fields` can move a record's warnings (so a set-based write announces `warnings` too). */
export const movesWarnings = (fields: readonly string[]): boolean => fields.some((f) => WARNED_SET.has(f))

/**
 * `values` with the record's warnings re-judged for the change (see shared/warnings), so a
 * warning about a place leaves with the edit that fixes the place, logged and undone with it.
 * Changes that set the warnings themselves (review, import) are left as they are.
 */
export function withFollowedWarnings(store: FieldStore, recordId: number, values: FieldValues): FieldValues {
  if ('warnings' in values || !movesWarnings(Object.keys(values))) return values
  return followedWarnings(store.read(recordId, ['warnings', ...(WARNED_FIELDS as ChangeableField[])]), values)
}

/** The same, given the record's current warnings and warned fields (read beforehand, for many records at once). */
export function followedWarnings(current: FieldValues, values: FieldValues): FieldValues {
  if ('warnings' in values || !movesWarnings(Object.keys(values))) return values
  const warnings = current.warnings as string[]
  if (warnings.length === 0) return values
  const next = followWarnings(warnings, current as WarnedFields, values as WarnedFields)
  if (next.length === warnings.length && next.every((w, i) => w === warnings[i])) return values
  return { ...values, warnings: next }
}
