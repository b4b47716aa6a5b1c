import { recordFieldsOf } from '../../../../shared/record'
import type { z } from 'zod'
import type { Db } from '../../../db/open'
import { AppError } from '../../../../shared/errors'
import type { ImportBatch, ImportCommitResult, importContract } from '../../../../shared/contracts/import'
import type { NewRow, OperationContext } from '../../operations/log'
import type { Services } from '../../context'
import { IdentityKeeper } from './identity'
import { SET_BASED_THRESHOLD } from '../../operations/derivedData'
import { describeImport, summariseImport } from './summary'

export type CommitArgs = z.output<(typeof importContract)['import:commit']>
export type CommitRecord = CommitArgs['records'][number]

export interface Counts {
  records: number
  skipped: number
  warnings: number
  skippedDuplicates: number
}

/**
 * Imports the records the archivist kept as ONE operation: one import batch row (file name,
 * SHA-256, format, time, counts, linked to the operation) and every record with its
 * provenance. Undo voids the whole import, redo brings it back; a failure writes nothing.
 */
export function commitImport(s: Services, args: CommitArgs): ImportCommitResult {
  const kept = args.records.filter((record) => record.duplicate?.decision !== 'skip')
  const skippedDuplicates = args.records.length - kept.length
  if (kept.length === 0) {
    throw new AppError('INVALID_ARGUMENT', `nothing to import: all ${args.records.length} records were skipped as duplicates`)
  }
  const counts: Counts = {
    records: kept.length,
    skipped: args.source.skippedLines + skippedDuplicates,
    warnings: kept.reduce((sum, record) => sum + record.warnings.length, 0),
    skippedDuplicates
  }
  const fileName = args.source.fileName
  const details = { import: { ...args.source, skippedDuplicates } }

  const { operation, result: batch } = s.log.run(
    'import',
    (created: ImportBatch) => describeImport(created.recordCount, fileName),
    (ctx) => {
      const created = insertBatch(s.db, ctx, args.source, counts)
      const identities = new IdentityKeeper(s.db)
      const insertAll = (): void => {
        // Each row is built as it is written, not all up front: IdentityKeeper must see the ids
        // the rows before it took, or two records of one batch can claim the same free id.
        ctx.insertMany(kept, (record) => toRow(record, created.id, fileName, identities))
      }
      if (kept.length >= SET_BASED_THRESHOLD) ctx.largeWrite([], insertAll)
      else insertAll()
      return created
    },
    { details }
  )
  return {
    batch,
    operation,
    skippedDuplicates,
    summary: summariseImport({ ...counts, skipped: args.source.skippedLines, fileName, batchId: batch.id })
  }
}

export function insertBatch(db: Db, ctx: OperationContext, source: CommitArgs['source'], counts: Counts): ImportBatch {
  const id = Number(
    db
      .prepare(
        `INSERT INTO import_batches(file_name, sha256, format, created_at, record_count, skipped_count, warning_count, operation_id, profile_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`
      )
      .run(source.fileName, source.sha256, source.format, ctx.now, counts.records, counts.skipped, counts.warnings, ctx.operationId, source.profileId ?? null).lastInsertRowid
  )
  return {
    id,
    fileName: source.fileName,
    sha256: source.sha256,
    format: source.format,
    createdAt: ctx.now,
    recordCount: counts.records,
    skippedCount: counts.skipped,
    warningCount: counts.warnings,
    operationId: ctx.operationId
  }
}

// Object.assign onto the copied fields, not a spread: `{ ...fields, more }` costs microseconds a record in V8.
export function toRow(record: CommitRecord, batchId: number, fileName: string | null, identities: IdentityKeeper): NewRow {
  const identity = identities.keep(record.identity ?? null)
  const provenance = record.identity?.provenance ?? null
  return Object.assign(recordFieldsOf(record), {
    id: identity.id,
    uid: identity.uid,
    createdAt: identity.createdAt,
    updatedAt: identity.updatedAt,
    warnings: record.warnings,
    confidence: record.confidence,
    batchId,
    // A record of the app's own JSON export keeps where it first came from; this import is its batch.
    sourceFile: provenance ? provenance.sourceFile : fileName,
    sourceLine: provenance ? provenance.sourceLine : record.sourceLine,
    sourceText: provenance ? provenance.sourceText : record.sourceText
  })
}
