import type { Db } from '../../db/open'
import { BULK_FIELDS, type BulkPreview, type BulkRule, type FieldDiff, type InvalidRecord, type RecordDiff } from '../../../shared/contracts/bulk'
import { loadTargetRows, targetRowSlices, type BulkRow, type Patch, type TargetSpec } from './rows'
import { fieldsUsed, runnerFor, type RuleRunner, type RunnerOptions } from './rules'
import { sameTags } from './rules/tags'
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

/** A rule made ready for this collection (added tags take the spelling of existing ones). */
function prepare(db: Db, rule: BulkRule, options: RunnerOptions): RuleRunner {
  return runnerFor(rule.op === 'addTags' ? { ...rule, tags: rule.tags.map((t) => existingTagName(db, t)) } : rule, options)
}

/** One record's fate under the rule: unchanged (null), a change, or a change refused as invalid. */
function judge(row: BulkRow, raw: Patch | null | undefined): (PlannedChange & { reason: string | null }) | null {
  if (!raw) return null
  const { patch, diffs } = difference(row, raw)
  if (diffs.length === 0) return null
  return { id: row.id, title: row.title, patch, diffs, reason: invalidReason(row, patch) }
}

/** What a rule would do to its target: read only, so preview and apply share it exactly. */
export function planBulkEdit(db: Db, target: TargetSpec, rule: BulkRule, options: RunnerOptions & { allowEmpty?: boolean } = {}): Plan {
  const runner = prepare(db, rule, options)
  const rows = loadTargetRows(db, target, fieldsUsed(rule), runner.readsTags, options.allowEmpty)
  const patches = runner.run(rows)
  const plan: Plan = { rule, inScope: rows.length, changes: [], invalid: [] }
  rows.forEach((row, i) => {
    const judged = judge(row, patches[i])
    if (!judged) return
    // Built field by field: an object rest or spread per change cost ~2 µs, 0.2 s over 97,000 titles.
    const { id, title, patch, diffs, reason } = judged
    if (reason) plan.invalid.push({ id, title, patch, diffs, reason })
    else plan.changes.push({ id, title, patch, diffs })
  })
  return plan
}

/** Rows read and changed at a time by a preview. */
export const PREVIEW_SLICE = 500

/**
 * `bulk:preview`: the same judgement as planBulkEdit, made a slice of records at a time and
 * counted as it goes; only the first `limit` changes (and invalid ones) are kept to be shown.
 * Memory holds one slice of values however large the target, and the growth and time limits
 * still hold over the whole edit.
 */
export function previewBulkEdit(db: Db, target: TargetSpec, rule: BulkRule, limit = DEFAULT_SAMPLE, options: RunnerOptions = {}): BulkPreview {
  const runner = prepare(db, rule, options)
  const slices = targetRowSlices(db, target, fieldsUsed(rule), runner.readsTags, PREVIEW_SLICE)
  let changed = 0
  let invalid = 0
  const sample: RecordDiff[] = []
  const invalidSample: InvalidRecord[] = []
  let inScope: number
  for (;;) {
    const slice = slices.next()
    if (slice.done) {
      inScope = slice.value
      break
    }
    const patches = runner.run(slice.value)
    slice.value.forEach((row, i) => {
      const judged = judge(row, patches[i])
      if (!judged) return
      const { id, title, diffs, reason } = judged
      if (reason) {
        if (invalid++ < limit) invalidSample.push({ id, title, diffs, reason })
      } else if (changed++ < limit) sample.push({ id, title, diffs })
    })
  }
  return { description: describeRule(rule, changed), inScope, changed, invalid, sample, invalidSample }
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
