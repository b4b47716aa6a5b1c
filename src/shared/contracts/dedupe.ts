import { z } from 'zod'
import type { EventRecord } from '../record'
import type { OperationInfo } from './core'
import type { JobInfo } from './jobs'
import { RecordPatchSchema } from '../validation'

const id = z.number().int().positive()
const score = z.number().min(0).max(1)
/** Two different records; the order does not matter. */
const pair = z.tuple([id, id]).refine(([a, b]) => a !== b, { message: 'a pair needs two different records' })
const pairs = z.array(pair).min(1, { message: 'choose at least one pair' }).max(100_000)

/** The columns whose distinct values can be clustered and cleaned. */
export const CLUSTER_FIELDS = ['place', 'city', 'country', 'title', 'tag'] as const
export type ClusterField = (typeof CLUSTER_FIELDS)[number]
export const CLUSTER_METHODS = ['fingerprint', 'ngram-fingerprint', 'phonetic', 'levenshtein'] as const
export type ClusterMethodName = (typeof CLUSTER_METHODS)[number]

/** The fields a merge may set on the survivor; tags are always the union of every record's tags. */
export const MergeFieldsSchema = RecordPatchSchema.omit({ tags: true })
export type MergeFields = z.output<typeof MergeFieldsSchema>

/** The dedupe capability's methods: argument schemas here, result types in DedupeResults. */
export const dedupeContract = {
  /** Starts a scan of all active records as a job; its result is a ScanSummary. */
  'dedupe:scan': z.strictObject({ threshold: score.optional() }).optional(),
  /** The review queue of the latest scan: groups of likely duplicates, best first. */
  'dedupe:queue': z
    .strictObject({
      offset: z.number().int().min(0).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      minScore: score.optional()
    })
    .optional(),
  'dedupe:dismiss': z.strictObject({ pairs }),
  'dedupe:undismiss': z.strictObject({ pairs }),
  /** The pairs marked "not duplicates", newest first, to review and take back. */
  'dedupe:dismissed': z.strictObject({ limit: z.number().int().min(1).max(500).optional(), offset: z.number().int().min(0).optional() }).optional(),
  'dedupe:merge': z.strictObject({
    survivorId: id,
    mergedIds: z.array(id).min(1, { message: 'choose at least one record to merge away' }).max(10_000),
    fields: MergeFieldsSchema.optional()
  }),
  'dedupe:acceptAbove': z.strictObject({ threshold: score, preview: z.boolean() }),
  /** Starts clustering a column's distinct values as a job; its result is a ClusterList. */
  'dedupe:clusters': z.strictObject({
    field: z.enum(CLUSTER_FIELDS),
    method: z.enum(CLUSTER_METHODS),
    params: z
      .strictObject({ ngramSize: z.number().int().min(1).max(6).optional(), maxDistance: z.number().int().min(1).max(3).optional() })
      .optional()
  }),
  'dedupe:applyCluster': z.strictObject({
    field: z.enum(CLUSTER_FIELDS),
    values: z.array(z.string().max(1000)).min(1, { message: 'choose at least one value to replace' }).max(10_000),
    canonical: z.string().trim().min(1, { message: 'type the value to keep' }).max(1000)
  }),
  /** Where a record came from, including every record merged into it. */
  'dedupe:sources': z.strictObject({ id }),
  /** The collection's duplicate model: each comparison level's weight and what it learned from. */
  'dedupe:model': z.strictObject({}).optional(),
  /** Starts re-estimating the model from the collection and the archivist's decisions, as a job; its result is a ModelSummary. */
  'dedupe:estimate': z.strictObject({}).optional()
} as const

/** One comparison level of a field and what it weighs. */
export interface ModelLevel {
  name: string
  /** log2(m / u): bits of evidence for (positive) or against (negative) a duplicate. */
  weight: number
  /** P(level | duplicates) and P(level | different events). */
  m: number
  u: number
}

/** The duplicate model as the UI shows it. */
export interface ModelSummary {
  /** null: the built-in starting model, never estimated on this collection. */
  estimatedAt: string | null
  /** Compared pairs the estimate looked at. */
  pairs: number
  /** Decisions of the archivist the model learned from: merges plus "not duplicates". */
  decisions: number
  merges: number
  notDuplicates: number
  /** P(duplicate) of a pair that blocking brings together, before its fields are compared. */
  prior: number
  fields: { field: 'dates' | 'place' | 'title' | 'numbers'; levels: ModelLevel[] }[]
}

/** One compared pair, as stored by the latest scan. */
export interface ScoredPair {
  a: number
  b: number
  score: number
  /** The evidence in words: "same dates", "titles 92% alike", "same city". */
  reasons: string[]
}

/** Records linked by likely-duplicate pairs, reviewed together. */
export interface DuplicateGroup {
  /** Record ids, ascending. */
  ids: number[]
  /** The best pair score in the group. */
  score: number
  /** Every pair of the group the scan found, best first. */
  pairs: ScoredPair[]
  records: EventRecord[]
}

export interface ScanSummary {
  scanId: number
  threshold: number
  records: number
  pairs: number
  seconds: number
  finishedAt: string
}

export interface DuplicateQueue {
  groups: DuplicateGroup[]
  /** Groups still to review in the latest scan (after merges and dismissals). */
  totalGroups: number
  totalPairs: number
  offset: number
  /** null until a scan has finished. */
  lastScan: ScanSummary | null
  /** The model scans score with, and how many decisions it learned from. */
  model: ModelSummary
}

/** A merge that acceptAbove would make (or made). */
export interface PlannedMerge {
  survivor: EventRecord
  merged: EventRecord[]
  /** The weakest pair score that links the group. */
  score: number
}

export interface AcceptAboveResult {
  /** Up to 200 planned merges, for the preview. */
  merges: PlannedMerge[]
  groupCount: number
  recordCount: number
  /** Set when the merges were made (preview false). */
  operation: OperationInfo | null
}

export interface ValueCluster {
  key: string
  values: { value: string; count: number }[]
  total: number
  suggested: string
}

export interface ClusterList {
  field: ClusterField
  method: ClusterMethodName
  clusters: ValueCluster[]
  distinctValues: number
  /** Clusters found; only the first 500 are listed. */
  totalClusters: number
}

export interface RecordSource {
  /** The record the source belongs to: the record itself or one merged into it. */
  recordId: number
  recordUid: string
  title: string
  /** 0 for the record itself, 1 for records merged into it, 2 for records merged into those. */
  depth: number
  batchId: number | null
  sourceFile: string | null
  sourceLine: number | null
  sourceText: string | null
}

export interface DedupeResults {
  'dedupe:scan': JobInfo
  'dedupe:queue': DuplicateQueue
  /** `operation`: the decision in the History (null when every pair was already dismissed). */
  'dedupe:dismiss': { dismissed: number; operation: OperationInfo | null }
  'dedupe:undismiss': { restored: number; operation: OperationInfo | null }
  'dedupe:dismissed': { items: DismissedPair[]; total: number }
  'dedupe:merge': { operation: OperationInfo; survivor: EventRecord }
  'dedupe:acceptAbove': AcceptAboveResult
  'dedupe:clusters': JobInfo
  'dedupe:applyCluster': { operation: OperationInfo; changed: number }
  'dedupe:sources': RecordSource[]
  'dedupe:model': ModelSummary
  'dedupe:estimate': JobInfo
}

export interface DismissedPair {
  a: { id: number; title: string; startDate: string | null; place: string | null }
  b: { id: number; title: string; startDate: string | null; place: string | null }
  decidedAt: string
}
