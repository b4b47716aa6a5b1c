import { z } from 'zod'
import type { EventRecord } from '../record'
import { RecordPatchSchema, NewRecordSchema } from '../validation'
import { RecordQuerySchema } from '../query'

const id = z.number().int().positive()
const ids = z.array(id).min(1, { message: 'choose at least one record' }).max(1_000_000)
/** For methods without arguments. */
export const none = z.strictObject({}).optional()

/** Records, trash and the operation history: the foundation's methods. */
export const coreContract = {
  'app:info': none,
  'records:query': RecordQuerySchema,
  'records:get': z.strictObject({ id }),
  'records:create': z.strictObject({ fields: NewRecordSchema }),
  'records:update': z.strictObject({ id, version: z.number().int().positive(), patch: RecordPatchSchema }),
  'records:trash': z.strictObject({ ids }),
  'records:restore': z.strictObject({ ids }),
  'records:history': z.strictObject({ id }),
  /** Marks warnings as reviewed (one by its text, or all of them): they leave the records, as one undoable operation. */
  'records:reviewWarnings': z.strictObject({ ids, warning: z.string().min(1).max(500).optional() }),
  'trash:empty': none,
  'history:list': z.strictObject({ limit: z.number().int().min(1).max(500).optional(), offset: z.number().int().min(0).optional() }),
  'history:state': none,
  /** `id`: undo exactly this operation, refused when it is no longer the latest one done. */
  'history:undo': z.strictObject({ id: id.optional() }).optional(),
  'history:redo': none,
  'history:moveTo': z.strictObject({ id, inclusive: z.boolean().optional() })
} as const

export interface AppInfo {
  name: string
  version: string
  databasePath: string
  schemaVersion: number
  mode: 'electron' | 'browser' | 'cli'
}

export interface OperationInfo {
  id: number
  kind: string
  description: string
  actor: 'app' | 'browser' | 'cli'
  createdAt: string
  recordCount: number
  state: 'done' | 'undone'
  irreversible: boolean
}

export interface HistoryState {
  undo: OperationInfo | null
  redo: OperationInfo | null
}

export interface RecordPage {
  rows: EventRecord[]
  total: number
  offset: number
}

export interface RecordHistoryEntry {
  operation: OperationInfo
  before: Record<string, unknown>
  after: Record<string, unknown>
}

export interface CoreResults {
  'app:info': AppInfo
  'records:query': RecordPage
  'records:get': EventRecord
  'records:create': EventRecord
  'records:update': EventRecord
  'records:trash': { count: number; operation: OperationInfo }
  'records:restore': { count: number; operation: OperationInfo }
  'records:history': RecordHistoryEntry[]
  'records:reviewWarnings': { count: number; operation: OperationInfo }
  'trash:empty': { count: number }
  'history:list': { items: OperationInfo[]; total: number }
  'history:state': HistoryState
  'history:undo': OperationInfo
  'history:redo': OperationInfo
  'history:moveTo': OperationInfo[]
}
