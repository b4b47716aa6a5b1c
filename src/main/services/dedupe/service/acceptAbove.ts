import type { Db } from '../../../db/open'
import { loadRecords } from '../../../db/recordRows'
import type { OperationLog } from '../../operations/log'
import type { AcceptAboveResult, MergeFields } from '../../../../shared/contracts/dedupe'
import type { EventRecord } from '../../../../shared/record'
import { AppError } from '../../../../shared/errors'
import { endNotBeforeStart } from '../../../../shared/dates'
import { applyMerge, type MergePlan } from './merge'
import { pendingGroups, pendingPairs } from './queue'

const MERGE_FIELDS = ['title', 'startDate', 'endDate', 'dateText', 'place', 'city', 'country', 'countryCode', 'notes'] as const
const PREVIEW_LIMIT = 200

const filled = (record: EventRecord): number =>
  MERGE_FIELDS.reduce((count, field) => count + (record[field] ? 1 : 0), 0) + (record.tags.length > 0 ? 1 : 0)

/**
 * The merge a batch accept makes for one group, with no one to pick values: the most
 * complete record survives (the oldest on a tie) and keeps its values; fields it lacks are
 * filled from the others, most complete first. Dates are only taken as a pair, so a filled
 * start never lands after the survivor's end.
 */
export function automaticPlan(records: readonly EventRecord[]): MergePlan {
  const ranked = [...records].sort((x, y) => filled(y) - filled(x) || x.id - y.id)
  const [survivor, ...merged] = ranked as [EventRecord, ...EventRecord[]]
  const fields: MergeFields = {}
  if (!survivor.startDate && !survivor.endDate) {
    const dated = merged.find((r) => r.startDate && (!r.endDate || endNotBeforeStart(r.startDate, r.endDate)))
    if (dated) Object.assign(fields, { startDate: dated.startDate, endDate: dated.endDate, dateText: survivor.dateText ?? dated.dateText })
  }
  for (const field of MERGE_FIELDS) {
    if (field === 'startDate' || field === 'endDate' || survivor[field] || fields[field]) continue
    const donor = merged.find((r) => r[field])
    if (donor) fields[field] = donor[field] as string
  }
  return { survivor, merged: merged.sort((x, y) => x.id - y.id), fields }
}

function summarise(plan: MergePlan, score: number): AcceptAboveResult['merges'][number] {
  return { survivor: plan.survivor, merged: plan.merged, score }
}

/**
 * Batch accept: every pending group whose pairs score at least `threshold` (pairs below it
 * do not link records) is merged automatically. A preview changes nothing; the real run is
 * ONE undoable operation however many groups it merges.
 */
export function acceptAbove(db: Db, log: OperationLog, threshold: number, preview: boolean): AcceptAboveResult {
  const pairs = pendingPairs(db, threshold)
  const groups = pendingGroups(pairs)
  const weakest = new Map<number, number>()
  for (const group of groups) weakest.set(group.ids[0]!, Math.min(...group.pairs.map((p) => p.score)))
  const plans: { plan: MergePlan; score: number }[] = []
  for (let from = 0; from < groups.length; from += 1000) {
    const slice = groups.slice(from, from + 1000)
    const records = new Map(loadRecords(db, slice.flatMap((g) => g.ids)).map((r) => [r.id, r]))
    for (const group of slice) {
      const members = group.ids.flatMap((id) => records.get(id) ?? [])
      if (members.length >= 2) plans.push({ plan: automaticPlan(members), score: weakest.get(group.ids[0]!)! })
    }
  }
  const recordCount = plans.reduce((sum, { plan }) => sum + plan.merged.length + 1, 0)
  const result: AcceptAboveResult = {
    merges: plans.slice(0, PREVIEW_LIMIT).map(({ plan, score }) => summarise(plan, score)),
    groupCount: plans.length,
    recordCount,
    operation: null
  }
  if (preview) return result
  if (plans.length === 0) throw new AppError('NOT_FOUND', `no likely duplicates score ${Math.round(threshold * 100)}% or more; nothing was merged`)
  const description = `Merged ${recordCount} records into ${plans.length} (all pairs scoring ${Math.round(threshold * 100)}% or more)`
  const { operation } = log.run(
    'merge',
    description,
    (ctx) => {
      for (const { plan } of plans) applyMerge(ctx, plan)
    },
    { details: { threshold, merges: plans.map(({ plan }) => ({ survivorId: plan.survivor.id, mergedIds: plan.merged.map((r) => r.id), fields: plan.fields })) } }
  )
  return { ...result, operation }
}
