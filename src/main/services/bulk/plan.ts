import type { Db } from '../../db/open'
import { BULK_FIELDS, type BulkPreview, type BulkRule, type FieldDiff, type InvalidRecord, type RecordDiff } from '../../../shared/contracts/bulk'
import { loadTargetRows, type BulkRow, type Patch, type TargetSpec } from './rows'
import { fieldsUsed, runnerFor, type RunnerOptions } from './operations'
import { sameTags } from './operations/tags'
import { invalidReason } from './validate'
import { describeRule } from './describe'

export interface PlannedChange extends RecordDiff {
  /** Only the fields that really change. */
  patch: Patch
}

export interface Plan {
  rule: BulkRule
  inScope: number
  changes: PlannedChange[]
  invalid: (PlannedChange & { reason: string })[]
}

export const DEFAULT_SAMPLE = 50

/** Empty text is stored as “no value”, and country codes in capitals. */
function normalise(field: (typeof BULK_FIELDS)[number], value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (field === 'title') return value
  if (field === 'countryCode') return value.trim().toUpperCase() || null
  return value === '' ? null : value
}

/** Keeps only what differs from the record, and says how. */
function difference(row: BulkRow, raw: Patch): { patch: Patch; diffs: FieldDiff[] } {
  const patch: Patch = {}
  const diffs: FieldDiff[] = []
  for (const field of BULK_FIELDS) {
    if (!(field in raw)) continue
    const after = normalise(field, raw[field])
    if (after === row[field]) continue
    patch[field] = after
    diffs.push({ field, before: row[field], after })
  }
  if (raw.tags && !sameTags(raw.tags, row.tags)) {
    patch.tags = raw.tags
    diffs.push({ field: 'tags', before: row.tags, after: raw.tags })
  }
  if (raw.status) {
    patch.status = raw.status
    diffs.push({ field: 'status', before: 'active', after: raw.status })
  }
  return { patch, diffs }
}

/** Tag names are unique regardless of case: an added “meeting” joins an existing “Meeting”. */
function existingTagName(db: Db, tag: string): string {
  return (db.prepare('SELECT name FROM tags WHERE name = ?').pluck().get(tag.trim()) as string | undefined) ?? tag.trim()
}

/** What a rule would do to its target: read only, so preview and apply share it exactly. */
export function planBulkEdit(db: Db, target: TargetSpec, rule: BulkRule, options: RunnerOptions & { allowEmpty?: boolean } = {}): Plan {
  const runner = runnerFor(rule.op === 'addTags' ? { ...rule, tags: rule.tags.map((t) => existingTagName(db, t)) } : rule, options)
  const rows = loadTargetRows(db, target, fieldsUsed(rule), runner.readsTags, options.allowEmpty)
  const patches = runner.run(rows)
  const plan: Plan = { rule, inScope: rows.length, changes: [], invalid: [] }
  rows.forEach((row, i) => {
    const raw = patches[i]
    if (!raw) return
    const { patch, diffs } = difference(row, raw)
    if (diffs.length === 0) return
    const change = { id: row.id, title: row.title, patch, diffs }
    const reason = invalidReason(row, patch)
    if (reason) plan.invalid.push({ ...change, reason })
    else plan.changes.push(change)
  })
  return plan
}

/** The plan as the archivist sees it: counts, the first changes, and the records left out. */
export function summarise(plan: Plan, limit = DEFAULT_SAMPLE): BulkPreview {
  const strip = ({ id, title, diffs }: PlannedChange): RecordDiff => ({ id, title, diffs })
  return {
    description: describeRule(plan.rule, plan.changes.length),
    inScope: plan.inScope,
    changed: plan.changes.length,
    invalid: plan.invalid.length,
    sample: plan.changes.slice(0, limit).map(strip),
    invalidSample: plan.invalid.slice(0, limit).map((c): InvalidRecord => ({ ...strip(c), reason: c.reason }))
  }
}
