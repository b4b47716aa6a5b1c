import type { z } from 'zod'
import { coreContract, type CoreResults } from './contracts/core'
import { jobsContract, type JobsResults } from './contracts/jobs'
import { importContract, type ImportResults } from './contracts/import'
import { workspaceContract, type WorkspaceResults } from './contracts/workspace'
import { bulkContract, type BulkResults } from './contracts/bulk'
import { dedupeContract, type DedupeResults } from './contracts/dedupe'
import { exportContract, type ExportResults } from './contracts/export'
import { backupContract, type BackupResults } from './contracts/backup'
import { profilesContract, type ProfilesResults } from './contracts/profiles'

export * from './contracts/core'
export type { JobInfo } from './contracts/jobs'

/**
 * The one API contract. Every method: its name (also the IPC channel and HTTP path), the
 * runtime schema of its argument, and (in `MethodResults`) its result type. Each capability
 * keeps its part in `contracts/`; main implements it once, IPC and HTTP carry it, the renderer
 * and CLI call it.
 */
export const contract = {
  ...coreContract,
  ...jobsContract,
  ...importContract,
  ...workspaceContract,
  ...bulkContract,
  ...dedupeContract,
  ...exportContract,
  ...backupContract,
  ...profilesContract
} as const

export interface MethodResults extends CoreResults, JobsResults, ImportResults, WorkspaceResults, BulkResults, DedupeResults, ExportResults, BackupResults, ProfilesResults {}

export type Method = keyof typeof contract
export type MethodArgs<M extends Method> = z.input<(typeof contract)[M]>
export type ParsedArgs<M extends Method> = z.output<(typeof contract)[M]>

/** `records:query` -> `recordsQuery`: the function name each transport exposes. */
export type FunctionName<M extends string> = M extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : M

export type CurationApi = {
  [M in Method as FunctionName<M>]: (args: MethodArgs<M>) => Promise<MethodResults[M]>
}

export function functionName<M extends Method>(method: M): FunctionName<M> {
  return method.replace(/:(\w)/, (_, c: string) => c.toUpperCase()) as FunctionName<M>
}
