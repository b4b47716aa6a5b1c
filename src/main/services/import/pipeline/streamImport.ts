/**
 * A CSV (or TSV) file imported as it is read, with no whole-file limit: the bytes arrive in chunks, the
 * records of each chunk are checked, compared with the collection and written at once, so memory
 * follows the chunk, not the file. Still ONE operation in ONE transaction: a parse error (naming
 * its line) or any failure part way rolls everything back, and undo voids the whole batch.
 * The preview path (preview.ts, commit.ts) stays for the app, where the archivist looks first.
 */

import { createHash } from 'node:crypto'
import { STATUS_CODES } from '../../../db/recordRows'
import { AppError } from '../../../../shared/errors'
import { describeIssues } from '../../../../shared/validation'
import { ImportRecordSchema, importRecordOf, type ImportBatch, type ImportCommitResult } from '../../../../shared/contracts/import'
import type { Services } from '../../context'
import type { StreamInsert } from '../../operations/log'
import { SET_BASED_THRESHOLD } from '../../operations/derivedData'
import { CsvStream, type CsvBatch } from '../csv/stream'
import { runSteps } from '../steps'
import { Utf8Pieces } from '../input/utf8Pieces'
import { insertBatch, toRow, type CommitRecord, type Counts } from './commit'
import { duplicateSteps } from './duplicates'
import type { DedupeRecord } from '../../dedupe'
import { IdentityKeeper } from './identity'
import { toPreviewRecord } from './preview'
import { describeImport, summariseImport } from './summary'

/** Reads the next chunk of the input, or null at its end (synchronously: the import's transaction cannot wait). */
export type ChunkSource = () => Uint8Array | null

export interface StreamImportRequest {
  read: ChunkSource
  fileName: string | null
  /** The input's size in bytes where known (a file's): sizes the bulk load. */
  size: number
  year: number | null
  /** The delimiter, when the file's name gives it (tab for .tsv); else detected. */
  delimiter?: string
  /** Records like one already in the collection are left out instead of kept. */
  skipDuplicates: boolean
  /** Told of each record the collection would refuse (no title, a date out of order), which is left out. */
  onLeftOut: (line: number | null, message: string) => void
}

export interface StreamImportResult extends ImportCommitResult {
  notices: string[]
  /** Records that look like records already in the collection (kept or skipped as asked). */
  duplicates: number
  leftOut: number
}

/** Start dates whose duplicate candidates are kept between chunks (at most 200 records each). */
const MAX_CANDIDATE_DATES = 4000
/** A CSV row is seldom shorter than this: sizes the guess of the row count from the file's size. */
const MIN_BYTES_PER_ROW = 100

export function importCsvStream(s: Services, request: StreamImportRequest): StreamImportResult {
  const { fileName } = request
  const hash = createHash('sha256')
  const decoder = new Utf8Pieces()
  const csv = new CsvStream(request.delimiter === undefined ? { year: request.year ?? undefined } : { year: request.year ?? undefined, delimiter: request.delimiter })
  const counts: Counts = { records: 0, skipped: 0, warnings: 0, skippedDuplicates: 0 }
  let duplicates = 0
  let leftOut = 0

  const { operation, result } = s.log.run(
    'import',
    (created: ImportBatch) => describeImport(created.recordCount, fileName),
    (ctx) => {
      const hadRecords = s.db.prepare(`SELECT 1 FROM records WHERE status = ${STATUS_CODES.active} LIMIT 1`).get() !== undefined
      const created = insertBatch(s.db, ctx, { fileName, sha256: '', format: 'csv', skippedLines: 0 }, counts)
      const identities = new IdentityKeeper(s.db)
      const candidates = new Map<string, DedupeRecord[]>()

      const write = (insert: StreamInsert, parsed: CsvBatch): void => {
        counts.skipped += parsed.skipped.length
        if (parsed.records.length === 0) return
        // Compared with the collection as it was before this import, never with its own rows.
        if (candidates.size > MAX_CANDIDATE_DATES) candidates.clear()
        const flags = hadRecords ? runSteps(duplicateSteps(s.db, parsed.records, { notInBatch: created.id, candidates })) : null
        const kept: CommitRecord[] = []
        for (let i = 0; i < parsed.records.length; i++) {
          const flag = flags?.[i] ?? null
          const record = importRecordOf(toPreviewRecord(parsed.records[i]!, flag), request.skipDuplicates ? 'skip' : 'keep')
          const checked = ImportRecordSchema.safeParse(record)
          if (!checked.success) {
            leftOut++
            request.onLeftOut(record.sourceLine, describeIssues(checked.error.issues).message)
            continue
          }
          if (flag !== null) duplicates++
          if (flag !== null && request.skipDuplicates) {
            counts.skippedDuplicates++
            continue
          }
          // The record as the contract reads it, as import:commit would receive it.
          counts.warnings += checked.data.warnings.length
          kept.push(checked.data)
        }
        counts.records += kept.length
        insert(kept, (record) => toRow(record, created.id, fileName, identities))
      }

      const expectedRows = hadRecords ? 0 : Math.floor(request.size / MIN_BYTES_PER_ROW)
      const load = (): void => {
        ctx.insertStream(expectedRows, (insert) => {
          for (let bytes = request.read(); bytes !== null; bytes = request.read()) {
            hash.update(bytes)
            write(insert, csv.push(decoder.decode(bytes)))
          }
          write(insert, csv.push(decoder.end()))
          write(insert, csv.end())
        })
      }
      if (expectedRows >= SET_BASED_THRESHOLD || request.size >= SET_BASED_THRESHOLD * MIN_BYTES_PER_ROW) ctx.largeWrite([], load)
      else load()

      if (counts.records === 0) {
        // The words of the whole-file path (commit.ts and the CLI), so both report it alike.
        const message = counts.skippedDuplicates > 0 ? `nothing to import: all ${counts.skippedDuplicates} records were skipped as duplicates` : 'no record can be imported; nothing was written'
        throw new AppError('INVALID_ARGUMENT', message)
      }
      const sha256 = hash.digest('hex')
      s.db
        .prepare('UPDATE import_batches SET sha256 = ?, record_count = ?, skipped_count = ?, warning_count = ? WHERE id = ?')
        .run(sha256, counts.records, counts.skipped + leftOut + counts.skippedDuplicates, counts.warnings, created.id)
      return { ...created, sha256, recordCount: counts.records, skippedCount: counts.skipped + leftOut + counts.skippedDuplicates, warningCount: counts.warnings }
    },
    { detailsOf: (done) => ({ import: { fileName, sha256: done.sha256, format: 'csv', skippedLines: counts.skipped + leftOut, skippedDuplicates: counts.skippedDuplicates } }) }
  )
  return {
    batch: result,
    operation,
    skippedDuplicates: counts.skippedDuplicates,
    summary: summariseImport({ ...counts, skipped: counts.skipped + leftOut, fileName, batchId: result.id }),
    notices: [...decoder.notices, ...csv.notices],
    duplicates,
    leftOut
  }
}
