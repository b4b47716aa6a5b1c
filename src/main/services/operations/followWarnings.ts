import type { ChangeableField, FieldValues } from '../../db/recordRows'
import { followWarnings, WARNED_FIELDS, type WarnedFields } from '../../../shared/warnings'
import type { FieldStore } from './fieldStore'

const WARNED = new Set<string>(WARNED_FIELDS)

/** Whether writing `fields` can move a record's warnings (so a set-based write announces `warnings` too). */
export const movesWarnings = (fields: readonly string[]): boolean => fields.some((f) => WARNED.has(f))

/**
 * `values` with the record's warnings re-judged for the change (see shared/warnings), so a
 * warning about a place leaves with the edit that fixes the place, logged and undone with it.
 * Changes that set the warnings themselves (review, import) are left as they are.
 */
export function withFollowedWarnings(store: FieldStore, recordId: number, values: FieldValues): FieldValues {
  if ('warnings' in values || !movesWarnings(Object.keys(values))) return values
  const current = store.read(recordId, ['warnings', ...(WARNED_FIELDS as ChangeableField[])])
  const warnings = current.warnings as string[]
  if (warnings.length === 0) return values
  const next = followWarnings(warnings, current as WarnedFields, values as WarnedFields)
  if (next.length === warnings.length && next.every((w, i) => w === warnings[i])) return values
  return { ...values, warnings: next }
}
