import type { Db } from '../../../db/open'
import { loadRecords, STATUS_CODES } from '../../../db/recordRows'
import type { OperationContext } from '../../operations/log'
import type { OperationLog } from '../../operations/log'
import type { OperationSummary } from '../../operations/types'
import type { EventRecord } from '../../../../shared/record'
import type { MergeFields } from '../../../../shared/contracts/dedupe'
import { AppError } from '../../../../shared/errors'
import { endNotBeforeStart } from '../../../../shared/dates'

/** One merge: the survivor takes `fields` and every tag; the others point at it. */
export interface MergePlan {
  survivor: EventRecord
  merged: EventRecord[]
  fields: MergeFields
}

const quote = (title: string): string => `“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”`

/** Tags of all records, each once (tag names are case-insensitive), in a stable order. */
export function unionOfTags(records: readonly EventRecord[]): string[] {
  const byKey = new Map<string, string>()
  for (const record of records) for (const tag of record.tags) if (!byKey.has(tag.toLowerCase())) byKey.set(tag.toLowerCase(), tag)
  return [...byKey.values()].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase()))
}

/** Inside an operation: applies one plan. Undo restores every field and tag from the log. */
export function applyMerge(ctx: OperationContext, plan: MergePlan): void {
  ctx.change(plan.survivor.id, { ...plan.fields, tags: unionOfTags([plan.survivor, ...plan.merged]) })
  for (const record of plan.merged) ctx.change(record.id, { status: STATUS_CODES.merged, mergedInto: plan.survivor.id })
}

function describeRecord(record: EventRecord): string {
  return record.status === 'merged' ? `record ${record.id} is already merged into record ${record.mergedInto}` : `record ${record.id} is in the trash`
}

/** Checks a merge request against the stored records and returns its plan. */
export function planMerge(db: Db, survivorId: number, mergedIds: readonly number[], fields: MergeFields = {}): MergePlan {
  const unique = [...new Set(mergedIds)]
  if (unique.includes(survivorId)) throw new AppError('INVALID_ARGUMENT', 'the record kept cannot also be merged away', { mergedIds: 'contains the survivor' })
  const records = loadRecords(db, [survivorId, ...unique])
  const missing = [survivorId, ...unique].filter((id) => !records.some((r) => r.id === id))
  if (missing.length > 0) throw new AppError('NOT_FOUND', `record ${missing.slice(0, 5).join(', ')} does not exist`)
  const inactive = records.find((r) => r.status !== 'active')
  if (inactive) throw new AppError('CONFLICT', `${describeRecord(inactive)}; only active records can be merged`)
  const [survivor, ...merged] = records as [EventRecord, ...EventRecord[]]
  const start = fields.startDate !== undefined ? fields.startDate : survivor.startDate
  const end = fields.endDate !== undefined ? fields.endDate : survivor.endDate
  if (start && end && !endNotBeforeStart(start, end)) {
    throw new AppError('INVALID_ARGUMENT', 'endDate: end date is before the start date', { endDate: 'end date is before the start date' })
  }
  return { survivor, merged, fields }
}

export function mergeDescription(plan: MergePlan): string {
  const title = plan.fields.title ?? plan.survivor.title
  return plan.merged.length === 1 ? `Merged 2 records into ${quote(title)}` : `Merged ${plan.merged.length + 1} records into ${quote(title)}`
}

/** The review's merge: one undoable operation of kind 'merge'. */
export function mergeRecords(db: Db, log: OperationLog, survivorId: number, mergedIds: readonly number[], fields?: MergeFields): { operation: OperationSummary; plan: MergePlan } {
  const plan = planMerge(db, survivorId, mergedIds, fields)
  const { operation } = log.run('merge', mergeDescription(plan), (ctx) => applyMerge(ctx, plan), {
    details: { survivorId, mergedIds: plan.merged.map((r) => r.id), fields: plan.fields }
  })
  return { operation, plan }
}
