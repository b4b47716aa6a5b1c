import { SET_BASED_THRESHOLD } from '../operations/derivedData'
import { STATUS_CODES, type ChangeableField, type FieldValues } from '../../db/recordRows'
import { AppError } from '../../../shared/errors'
import type { BulkApplyResult, BulkRule } from '../../../shared/contracts/bulk'
import type { RecordScope } from '../../../shared/query'
import type { Services } from '../context'
import type { OperationSummary } from '../operations/types'
import { planBulkEdit, summarise, type Plan } from './plan'
import type { Patch, TargetSpec } from './rows'
import type { RunnerOptions } from './rules'

/** What an operation's `details` hold: enough to describe it again and to extract a recipe. */
export interface BulkDetails {
  format: 1
  rule: BulkRule
  /** A search is kept whole; chosen ids only as a count (they mean nothing in another collection). */
  target: { kind: 'scope'; scope: RecordScope } | { kind: 'ids'; count: number }
}

/** Thrown when a rule would change nothing; carries the plan so a recipe can still report the step. */
export class NothingToApply extends AppError {
  constructor(readonly plan: Plan) {
    super(
      'INVALID_ARGUMENT',
      plan.invalid.length > 0
        ? `Every change would leave a record invalid (${plan.invalid[0]!.reason}); nothing was changed`
        : 'No record would change: nothing was applied'
    )
  }
}

function toFieldValues(patch: Patch, now: string): FieldValues {
  // Most patches set fields only: they are the values as they are (no copy per record).
  if (patch.status === undefined) return patch
  const { status, ...fields } = patch
  return status === 'trashed' ? { ...fields, status: STATUS_CODES.trashed, deletedAt: now } : fields
}

/**
 * Plans inside the operation's own transaction (so what is written never depends on an
 * earlier preview, nor on a write that came between) and writes ONE logged operation of kind
 * `bulk`. Records whose result would be invalid are left untouched.
 */
export function applyPlanned(s: Services, target: TargetSpec, rule: BulkRule, options: RunnerOptions & { allowEmpty?: boolean } = {}): { plan: Plan; operation: OperationSummary } {
  const details: BulkDetails = {
    format: 1,
    rule,
    target: target.kind === 'scope' ? { kind: 'scope', scope: target.scope } : { kind: 'ids', count: target.ids.length }
  }
  const { operation, result } = s.log.run(
    'bulk',
    (plan: Plan) => summarise(plan, 0).description,
    (ctx) => {
      const plan = planBulkEdit(s.db, target, rule, options)
      if (plan.changes.length === 0) throw new NothingToApply(plan)
      const writeAll = (): void => {
        for (const change of plan.changes) ctx.change(change.id, toFieldValues(change.patch, ctx.now))
      }
      if (plan.changes.length >= SET_BASED_THRESHOLD) {
        const values = plan.changes.map((c) => ({ id: c.id, values: toFieldValues(c.patch, ctx.now) }))
        const fields = new Set<string>()
        for (const change of values) for (const field in change.values) fields.add(field)
        fields.delete('updatedAt')
        // The records' current values read in one pass (changeMany), not one SELECT each.
        ctx.largeWrite(values.map((c) => c.id), () => ctx.changeMany(values), [...fields] as ChangeableField[])
      }
      else writeAll()
      return plan
    },
    { details }
  )
  return { plan: result, operation }
}

/**
 * Runs `work` with SQLite's temporary files in memory. In a long transaction every UPDATE that
 * fires triggers (full-text index, facet counts) writes a statement journal; on disk that was
 * 1.3 GB of writes for 48,000 changed records and a third of the apply time. Only for a
 * top-level transaction: under an open savepoint the in-memory journal grows with the whole
 * savepoint and gets far slower than the file. (Worth setting in openDatabase instead.)
 */
function withMemoryTempStore<T>(db: Services['db'], work: () => T): T {
  if (db.inTransaction) return work()
  const previous = db.pragma('temp_store', { simple: true }) as number
  if (previous === 2) return work()
  db.pragma('temp_store = MEMORY')
  try {
    return work()
  } finally {
    db.pragma(`temp_store = ${previous}`)
  }
}

/** `bulk:apply`. */
export function applyBulkEdit(s: Services, target: TargetSpec, rule: BulkRule, options: RunnerOptions & { limit?: number } = {}): BulkApplyResult {
  const { plan, operation } = withMemoryTempStore(s.db, () => applyPlanned(s, target, rule, options))
  return { ...summarise(plan, options.limit), operation }
}
