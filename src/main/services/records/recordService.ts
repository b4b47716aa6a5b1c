import type { Db } from '../../db/open'
import { loadRecord, loadRecords, STATUS_CODES } from '../../db/recordRows'
import { AppError } from '../../../shared/errors'
import type { EventRecord, RecordFields } from '../../../shared/record'
import { endNotBeforeStart } from '../../../shared/dates'
import type { OperationLog } from '../operations/log'
import type { OperationSummary } from '../operations/types'

const quote = (title: string): string => `“${title.length > 60 ? `${title.slice(0, 57)}…` : title}”`
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

/** Creating, editing, trashing and restoring single records, each as one undoable operation. */
export class RecordService {
  constructor(
    private readonly db: Db,
    private readonly log: OperationLog
  ) {}

  get(id: number): EventRecord {
    const record = loadRecord(this.db, id)
    if (!record) throw new AppError('NOT_FOUND', `record ${id} does not exist`)
    return record
  }

  create(fields: RecordFields): EventRecord {
    const { result: id } = this.log.run('record.create', `Created ${quote(fields.title)}`, (ctx) => ctx.insert(fields))
    return this.get(id)
  }

  /** Applies a patch unless the record changed since the caller read `version`. */
  update(id: number, version: number, patch: Partial<RecordFields>): EventRecord {
    const current = this.get(id)
    if (current.status !== 'active') throw new AppError('CONFLICT', `record ${id} is in the trash or merged; restore it before editing`)
    if (current.version !== version) {
      throw new AppError(
        'CONFLICT',
        `record ${id} was changed elsewhere since you opened it (version ${version}, now ${current.version}); reopen it to see the change`
      )
    }
    const start = patch.startDate !== undefined ? patch.startDate : current.startDate
    const end = patch.endDate !== undefined ? patch.endDate : current.endDate
    if (start && end && !endNotBeforeStart(start, end)) {
      throw new AppError('INVALID_ARGUMENT', 'endDate: end date is before the start date', { endDate: 'end date is before the start date' })
    }
    this.log.run('record.update', `Edited ${quote(patch.title ?? current.title)}`, (ctx) => ctx.change(id, patch))
    return this.get(id)
  }

  trash(ids: readonly number[]): { count: number; operation: OperationSummary } {
    const records = this.existing(ids).filter((r) => r.status === 'active')
    if (records.length === 0) throw new AppError('NOT_FOUND', 'none of these records is in the collection')
    const description = records.length === 1 ? `Moved ${quote(records[0]!.title)} to the trash` : `Moved ${plural(records.length, 'record')} to the trash`
    const { operation } = this.log.run('record.trash', description, (ctx) => {
      for (const r of records) ctx.change(r.id, { status: STATUS_CODES.trashed, deletedAt: ctx.now })
    })
    return { count: records.length, operation }
  }

  restore(ids: readonly number[]): { count: number; operation: OperationSummary } {
    const records = this.existing(ids).filter((r) => r.status === 'trashed')
    if (records.length === 0) throw new AppError('NOT_FOUND', 'none of these records is in the trash')
    const description = records.length === 1 ? `Restored ${quote(records[0]!.title)} from the trash` : `Restored ${plural(records.length, 'record')} from the trash`
    const { operation } = this.log.run('record.restore', description, (ctx) => {
      for (const r of records) ctx.change(r.id, { status: STATUS_CODES.active, deletedAt: null })
    })
    return { count: records.length, operation }
  }

  /**
   * Marks a warning (or every warning) as reviewed: it leaves the records, so the "With warnings"
   * facet works as a to-do list, and the History keeps what was reviewed (undo brings it back).
   */
  reviewWarnings(ids: readonly number[], warning?: string): { count: number; operation: OperationSummary } {
    const records = this.existing(ids).filter((r) => (warning === undefined ? r.warnings.length > 0 : r.warnings.includes(warning)))
    if (records.length === 0) throw new AppError('NOT_FOUND', warning === undefined ? 'these records have no warnings' : `no record here has the warning “${warning}”`)
    const what = warning === undefined ? 'warnings' : `“${warning}”`
    const description = records.length === 1 ? `Reviewed ${what} on ${quote(records[0]!.title)}` : `Reviewed ${what} on ${plural(records.length, 'record')}`
    const { operation } = this.log.run('record.review', description, (ctx) => {
      for (const r of records) ctx.change(r.id, { warnings: warning === undefined ? [] : r.warnings.filter((w) => w !== warning) })
    })
    return { count: records.length, operation }
  }

  /** The only irreversible act: trashed records are deleted for good. */
  emptyTrash(): { count: number } {
    const count = this.db.prepare('SELECT count(*) FROM records WHERE status = ?').pluck().get(STATUS_CODES.trashed) as number
    if (count === 0) return { count: 0 }
    this.log.run(
      'trash.empty',
      `Emptied the trash (${plural(count, 'record')} deleted for good)`,
      () => {
        // Records merged into a trashed one live on only as its provenance: they go with it, in
        // one statement so the merged_into references never dangle in between.
        this.db
          .prepare(
            `WITH RECURSIVE doomed(id) AS (
               SELECT id FROM records WHERE status = ?
               UNION SELECT r.id FROM records r JOIN doomed d ON r.merged_into = d.id
             )
             DELETE FROM records WHERE id IN (SELECT id FROM doomed)`
          )
          .run(STATUS_CODES.trashed)
      },
      { irreversible: true }
    )
    return { count }
  }

  private existing(ids: readonly number[]): EventRecord[] {
    const records = loadRecords(this.db, ids)
    const missing = ids.filter((id) => !records.some((r) => r.id === id))
    if (missing.length > 0) throw new AppError('NOT_FOUND', `record ${missing.slice(0, 5).join(', ')} does not exist`)
    return records
  }
}
