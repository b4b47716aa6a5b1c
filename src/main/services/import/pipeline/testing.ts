/** Helpers for the import service's tests: a real database driven through dispatch, as the app drives it. */
import { readFileSync } from 'node:fs'
import { afterEach } from 'vitest'
import type { Db } from '../../../db/open'
import { openTestCollection, unwrap } from '../../../testing/collection'
import type { Envelope } from '../../../../shared/errors'
import type { JobInfo } from '../../../../shared/contracts/jobs'
import { importRecordOf, type ImportPreview, type DuplicateDecision } from '../../../../shared/contracts/import'
import type { Services } from '../../context'
import { ICC_TEXT } from '../../../../../test/fixtures'

export const FIXTURE_PATH = ICC_TEXT
export const FIXTURE_NAME = 'icc-meetings-and-events.txt'
export const fixtureText = (): string => readFileSync(FIXTURE_PATH, 'utf8')

export interface Session {
  db: Db
  services: Services
  call: <T = unknown>(method: string, args?: unknown) => Promise<T>
  raw: (method: string, args?: unknown) => Promise<Envelope<unknown>>
  /** Starts import:preview and waits for the job; resolves with the finished JobInfo. */
  previewJob: (args: Record<string, unknown>) => Promise<JobInfo>
  /** import:preview that must succeed. */
  preview: (args: Record<string, unknown>) => Promise<ImportPreview>
  /** Commits every record of a preview, with one decision for all flagged duplicates. */
  commitAll: (preview: ImportPreview, decision?: DuplicateDecision) => Promise<unknown>
  close: () => void
}

export function openSession(file?: string): Session {
  const { db, services, raw, close } = openTestCollection({ file })
  const call = async <T = unknown>(method: string, args?: unknown): Promise<T> => unwrap((await raw(method, args)) as Envelope<T>)
  const previewJob = async (args: Record<string, unknown>): Promise<JobInfo> => {
    const started = await call<JobInfo>('import:preview', args)
    return services.jobs.wait(started.id, 2)
  }
  const preview = async (args: Record<string, unknown>): Promise<ImportPreview> => {
    const job = await previewJob(args)
    if (job.state !== 'done') throw Object.assign(new Error(job.error?.message ?? job.state), job.error)
    return job.result as ImportPreview
  }
  const commitAll = (p: ImportPreview, decision: DuplicateDecision = 'keep') =>
    call('import:commit', {
      source: { fileName: p.fileName, sha256: p.sha256, format: p.format, skippedLines: p.skipped.length },
      records: p.records.map((record) => importRecordOf(record, decision))
    })
  return { db, services, call, raw, previewJob, preview, commitAll, close }
}

/** For a test file: a maker of sessions on fresh collections, each closed after the test that opened it. */
export function sessionsPerTest(): (file?: string) => Session {
  const open: Session[] = []
  afterEach(() => {
    for (const s of open.splice(0)) s.close()
  })
  return (file) => {
    const s = openSession(file)
    open.push(s)
    return s
  }
}
