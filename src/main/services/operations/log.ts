import { newUid } from './newUid'
import type { Statement } from 'better-sqlite3'
import type { Db } from '../../db/open'
import { STATUS_CODES, type ChangeableField, type FieldValues } from '../../db/recordRows'
import { AppError } from '../../../shared/errors'
import { FieldStore } from './fieldStore'
import { movesWarnings, withFollowedWarnings } from './followWarnings'
import { CreatedFacetTally, SET_BASED_THRESHOLD, withSetBasedDerivedData } from './derivedData'
import { withIndexesRebuilt, worthRebuildingIndexes } from './bulkLoad'
import { fieldChange, planMany, setBasedWritable } from './setBasedChanges'
import type { Actor, OperationSummary } from './types'

/** Everything a new record row needs; unspecified bookkeeping gets fresh values. */
export interface NewRow {
  id?: number
  uid?: string
  title: string
  startDate?: string | null
  endDate?: string | null
  dateText?: string | null
  place?: string | null
  city?: string | null
  country?: string | null
  countryCode?: string | null
  notes?: string | null
  tags?: readonly string[]
  warnings?: readonly string[]
  confidence?: number | null
  batchId?: number | null
  sourceFile?: string | null
  sourceLine?: number | null
  sourceText?: string | null
  createdAt?: string
  updatedAt?: string
}

/** Handed to an operation's body: the only way it may change records. */
export interface OperationContext {
  readonly operationId: number
  readonly now: string
  readonly store: FieldStore
  /** Sets fields on an existing record, logging the old values; unchanged fields are not logged. Returns true when something changed. */
  change(recordId: number, values: FieldValues): boolean
  /**
   * The same as `change` for each entry in order, with the records' current values read in one
   * pass when every entry names a different record and only column fields (no tags). Returns
   * how many records changed.
   */
  changeMany(changes: readonly { id: number; values: FieldValues }[]): number
  /** Inserts a new record and logs its creation. Returns its id. */
  insert(row: NewRow): number
  /** Inserts many new records and logs their creation in one statement (an import). Returns their ids in order. */
  insertMany(rows: readonly NewRow[]): number[]
  /**
   * The same, building each row from its item just before it is written, so what `toRow` looks
   * up in the database already sees the rows written before it (an import's identities: an id
   * given out earlier in the batch counts as taken).
   */
  insertMany<T>(items: readonly T[], toRow: (item: T) => NewRow): number[]
  /**
   * For writes to many records: `write` runs with the search index and facet counts kept
   * set-based instead of by per-row triggers. `touchedIds` must name every existing record
   * `write` changes (new records are found on their own); the log checks that promise.
   */
  largeWrite<T>(touchedIds: readonly number[], write: () => T, fields?: readonly ChangeableField[]): T
  /**
   * insertMany for items that arrive in batches (a streamed import): `produce` hands each batch
   * to `insert`, which writes and logs it at once. The secondary indexes are rebuilt once around
   * all of it when `expectedRows` would at least double the table (see bulkLoad.ts). Returns the
   * number of records written.
   */
  insertStream(expectedRows: number, produce: (insert: StreamInsert) => void): number
}

/** Writes one batch of a streamed insert, each row built from its item just before it is written. */
export type StreamInsert = <T>(items: readonly T[], toRow: (item: T) => NewRow) => void

interface OperationRow {
  id: number
  kind: string
  description: string
  actor: Actor
  created_at: string
  record_count: number
  state: 'done' | 'undone'
  irreversible: number
  details: string | null
}

/**
 * How an operation kind that changes more than record fields (dedupe decisions) writes one
 * side of its details back; undo and redo call it in the same transaction as the field changes.
 */
export type DetailsReplay = (details: unknown, side: 'before' | 'after') => void

/** How the log records a creation: undo voids the record, redo makes it active again. */
const CREATED = { before: { status: STATUS_CODES.void }, after: { status: STATUS_CODES.active } } as const

const toSummary = (row: OperationRow): OperationSummary => ({
  id: row.id,
  kind: row.kind,
  description: row.description,
  actor: row.actor,
  createdAt: row.created_at,
  recordCount: row.record_count,
  state: row.state,
  irreversible: row.irreversible === 1
})

/**
 * The operation log: every change to records runs through `run`, inside one transaction,
 * and leaves rows from which `undo` and `redo` restore either side exactly. The log lives in
 * the database, so undo and redo survive restarts and are shared with the CLI.
 */
export class OperationLog {
  readonly store: FieldStore
  private readonly insertOperation: Statement
  private readonly insertChange: Statement
  private readonly logCreations: Statement
  private readonly insertRecord: Statement
  private readonly countCreations: Statement
  private readonly setStatusOfAll: Statement
  private readonly detailReplays = new Map<string, DetailsReplay>()
  /** Set while a large write runs: the facet contributions of the records it creates. */
  private createdTally: CreatedFacetTally | null = null

  constructor(
    private readonly db: Db,
    private readonly actor: Actor,
    private readonly clock: () => string = () => new Date().toISOString()
  ) {
    this.store = new FieldStore(db)
    this.insertOperation = db.prepare(
      `INSERT INTO operations(kind, description, actor, created_at, record_count, state, irreversible, details)
       VALUES (?, ?, ?, ?, 0, 'done', ?, ?)`
    )
    this.insertChange = db.prepare('INSERT INTO operation_changes(operation_id, seq, record_id, before, after) VALUES (?, ?, ?, ?, ?)')
    this.logCreations = db.prepare(
      `INSERT INTO operation_changes(operation_id, seq, record_id, before, after)
       SELECT ?, ? + ids.key, ids.value, '${JSON.stringify(CREATED.before)}', '${JSON.stringify(CREATED.after)}' FROM json_each(?) ids`
    )
    this.countCreations = db
      .prepare(`SELECT count(*) FROM operation_changes WHERE operation_id = ? AND before = '${JSON.stringify(CREATED.before)}' AND after = '${JSON.stringify(CREATED.after)}'`)
      .pluck()
    this.setStatusOfAll = db.prepare('UPDATE records SET status = ?, version = version + 1 WHERE id IN (SELECT record_id FROM operation_changes WHERE operation_id = ?)')
    this.insertRecord = db.prepare(
      `INSERT INTO records(id, uid, status, title, start_date, end_date, date_text, place, city, country, country_code, notes,
         warnings, confidence, batch_id, source_file, source_line, source_text, created_at, updated_at)
       VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    )
  }

  /**
   * Runs `body` as one operation in one transaction. A throw anywhere rolls everything back,
   * the log included. Starting an operation discards the redo stack.
   */
  run<T>(
    kind: string,
    description: string | ((result: T) => string),
    body: (ctx: OperationContext) => T,
    /** `detailsOf`: details known only once the body has run (a streamed import's counts). */
    options: { details?: unknown; detailsOf?: (result: T) => unknown; irreversible?: boolean } = {}
  ): { operation: OperationSummary; result: T } {
    return this.db.transaction(() => {
      this.discardRedoStack()
      const now = this.clock()
      const operationId = Number(
        this.insertOperation.run(
          kind,
          typeof description === 'string' ? description : kind,
          this.actor,
          now,
          options.irreversible ? 1 : 0,
          options.details === undefined ? null : JSON.stringify(options.details)
        ).lastInsertRowid
      )
      const touched = new Set<number>()
      /** Records written by insertStream: all new, so never also in `touched`. */
      let streamed = 0
      let seq = 0
      const log = (recordId: number, before: FieldValues, after: FieldValues): void => {
        this.insertChange.run(operationId, seq++, recordId, JSON.stringify(before), JSON.stringify(after))
        touched.add(recordId)
      }
      const ctx: OperationContext = {
        operationId,
        now,
        store: this.store,
        change: (recordId, requested) => {
          const values = withFollowedWarnings(this.store, recordId, requested)
          const current = this.store.read(recordId, [...(Object.keys(values) as ChangeableField[]), 'updatedAt'])
          const change = fieldChange(current, values, now)
          if (!change) return false
          this.store.write(recordId, change.after)
          log(recordId, change.before, change.after)
          return true
        },
        changeMany: (changes) => {
          if (!setBasedWritable(changes)) return changes.filter((c) => ctx.change(c.id, c.values)).length
          const planned = planMany(this.db, changes, now)
          for (const { id, before, after } of planned) {
            this.store.write(id, after)
            log(id, before, after)
          }
          return planned.length
        },
        largeWrite: (touchedIds, write, fields) => {
          // New records written meanwhile are tallied for the facet counts as they are written.
          const createdTally = new CreatedFacetTally()
          this.createdTally = createdTally
          try {
            // Warnings follow the fields they are about (followWarnings), so they are written too.
            const written = fields && movesWarnings(fields) ? [...fields, 'warnings' as const] : fields
            return withSetBasedDerivedData(this.db, touchedIds, write, { operationId, fields: written, createdTally })
          } finally {
            this.createdTally = null
          }
        },
        insert: (row) => {
          const id = this.insertNewRow(row, now)
          log(id, CREATED.before, CREATED.after)
          return id
        },
        insertMany: <T>(items: readonly T[], toRow?: (item: T) => NewRow): number[] => {
          const ids: number[] = []
          const insertAll = (): void => {
            for (const item of items) ids.push(this.insertNewRow(toRow ? toRow(item) : (item as NewRow), now))
          }
          if (worthRebuildingIndexes(this.db, 'records', items.length)) withIndexesRebuilt(this.db, 'records', insertAll)
          else insertAll()
          // The same rows `insert` logs one by one, written by SQLite from one list of ids.
          this.logCreations.run(operationId, seq, JSON.stringify(ids))
          seq += ids.length
          for (const id of ids) touched.add(id)
          return ids
        },
        insertStream: (expectedRows, produce) => {
          let written = 0
          const insertAll = (): void =>
            produce((items, toRow) => {
              if (items.length === 0) return
              const ids = new Array<number>(items.length)
              for (let i = 0; i < items.length; i++) ids[i] = this.insertNewRow(toRow(items[i]!), now)
              this.logCreations.run(operationId, seq, JSON.stringify(ids))
              seq += ids.length
              written += ids.length
              // Counted, not kept in `touched`: new rows are distinct, and a million ids there cost ~50 MB.
              streamed += ids.length
            })
          if (worthRebuildingIndexes(this.db, 'records', expectedRows)) withIndexesRebuilt(this.db, 'records', insertAll)
          else insertAll()
          return written
        }
      }
      const result = body(ctx)
      this.db.prepare('UPDATE operations SET record_count = ?, description = ? WHERE id = ?').run(
        touched.size + streamed,
        typeof description === 'string' ? description : description(result),
        operationId
      )
      if (options.detailsOf) this.db.prepare('UPDATE operations SET details = ? WHERE id = ?').run(JSON.stringify(options.detailsOf(result)), operationId)
      return { operation: this.get(operationId)!, result }
    }).immediate()
  }

  /** Registers how undo and redo replay the details of one kind of operation (see DetailsReplay). */
  onReplay(kind: string, replay: DetailsReplay): void {
    this.detailReplays.set(kind, replay)
  }

  private replayDetails(row: OperationRow, side: 'before' | 'after'): void {
    const replay = this.detailReplays.get(row.kind)
    if (replay && row.details !== null) replay(JSON.parse(row.details) as unknown, side)
  }

  /**
   * Undoes the latest operation still done. Given `expectedId` (a toast's Undo names its
   * operation), undoes that one only if it is still the latest: a stale toast must never undo
   * some other, unrelated change.
   */
  undo(expectedId?: number): OperationSummary {
    return this.db.transaction(() => {
      const row = this.db.prepare("SELECT * FROM operations WHERE state = 'done' ORDER BY id DESC LIMIT 1").get() as OperationRow | undefined
      if (expectedId !== undefined) this.checkStillLatest(expectedId, row)
      if (!row) throw new AppError('NOTHING_TO_UNDO', 'there is nothing to undo')
      if (row.irreversible) throw new AppError('IRREVERSIBLE', `“${row.description}” cannot be undone`)
      this.replay(row.id, 'before')
      this.replayDetails(row, 'before')
      this.db.prepare("UPDATE operations SET state = 'undone' WHERE id = ?").run(row.id)
      return toSummary({ ...row, state: 'undone' })
    }).immediate()
  }

  /** Redoes the earliest undone operation. */
  redo(): OperationSummary {
    return this.db.transaction(() => {
      const row = this.db.prepare("SELECT * FROM operations WHERE state = 'undone' ORDER BY id ASC LIMIT 1").get() as OperationRow | undefined
      if (!row) throw new AppError('NOTHING_TO_REDO', 'there is nothing to redo')
      this.replay(row.id, 'after')
      this.replayDetails(row, 'after')
      this.db.prepare("UPDATE operations SET state = 'done' WHERE id = ?").run(row.id)
      return toSummary({ ...row, state: 'done' })
    }).immediate()
  }

  /** Undoes or redoes until operation `id` is the latest one done (undoing it too when `inclusive`). */
  moveTo(id: number, inclusive = false): OperationSummary[] {
    return this.db.transaction(() => {
      const target = this.get(id)
      if (!target) throw new AppError('NOT_FOUND', `operation ${id} does not exist`)
      const moved: OperationSummary[] = []
      const latestDone = (): number => (this.db.prepare("SELECT max(id) FROM operations WHERE state = 'done'").pluck().get() as number | null) ?? 0
      const goal = inclusive ? id - 1 : id
      while (latestDone() > goal) moved.push(this.undo())
      while (latestDone() < goal && this.db.prepare("SELECT 1 FROM operations WHERE state = 'undone' AND id <= ?").get(goal)) {
        moved.push(this.redo())
      }
      return moved
    }).immediate()
  }

  private checkStillLatest(expectedId: number, latest: OperationRow | undefined): void {
    const expected = this.get(expectedId)
    if (!expected) throw new AppError('NOT_FOUND', `operation ${expectedId} does not exist`)
    if (expected.state === 'undone') throw new AppError('CONFLICT', `“${expected.description}” is already undone`)
    if (latest && latest.id !== expectedId) {
      throw new AppError('CONFLICT', `“${expected.description}” was not undone: later changes sit on top of it (latest: “${latest.description}”). Use History to go back further.`)
    }
  }

  get(id: number): OperationSummary | undefined {
    const row = this.db.prepare('SELECT * FROM operations WHERE id = ?').get(id) as OperationRow | undefined
    return row && toSummary(row)
  }

  state(): { undo: OperationSummary | null; redo: OperationSummary | null } {
    const undo = this.db.prepare("SELECT * FROM operations WHERE state = 'done' ORDER BY id DESC LIMIT 1").get() as OperationRow | undefined
    const redo = this.db.prepare("SELECT * FROM operations WHERE state = 'undone' ORDER BY id ASC LIMIT 1").get() as OperationRow | undefined
    return {
      undo: undo && !undo.irreversible ? toSummary(undo) : null,
      redo: redo ? toSummary(redo) : null
    }
  }

  list(limit: number, offset: number): { items: OperationSummary[]; total: number } {
    const rows = this.db.prepare('SELECT * FROM operations ORDER BY id DESC LIMIT ? OFFSET ?').all(limit, offset) as OperationRow[]
    const total = this.db.prepare('SELECT count(*) FROM operations').pluck().get() as number
    return { items: rows.map(toSummary), total }
  }

  /** The operations that touched one record, newest first, with what they changed. */
  recordHistory(recordId: number): { operation: OperationSummary; before: FieldValues; after: FieldValues }[] {
    const rows = this.db
      .prepare(
        `SELECT o.*, c.before, c.after FROM operation_changes c JOIN operations o ON o.id = c.operation_id
         WHERE c.record_id = ? ORDER BY o.id DESC, c.seq DESC`
      )
      .all(recordId) as (OperationRow & { before: string; after: string })[]
    return rows.map((row) => ({
      operation: toSummary(row),
      before: JSON.parse(row.before) as FieldValues,
      after: JSON.parse(row.after) as FieldValues
    }))
  }

  /** Writes one side of every change, in chunks: better-sqlite3 cannot write while a cursor is open. */
  private replay(operationId: number, side: 'before' | 'after'): void {
    const count = this.db.prepare('SELECT count(*) FROM operation_changes WHERE operation_id = ?').pluck().get(operationId) as number
    if (count < SET_BASED_THRESHOLD) return this.writeSide(operationId, side, count)
    const ids = this.db.prepare('SELECT DISTINCT record_id FROM operation_changes WHERE operation_id = ?').pluck().all(operationId) as number[]
    // Only the fields this operation wrote decide which derived data must be redone.
    const fields = this.db
      .prepare("SELECT DISTINCT f.key FROM operation_changes c, json_each(c.after) f WHERE c.operation_id = ? AND f.key != 'updatedAt'")
      .pluck()
      .all(operationId) as string[]
    withSetBasedDerivedData(this.db, ids, () => this.writeSide(operationId, side, count), { fields })
  }

  /** Writes one side of every change, in chunks: better-sqlite3 cannot write while a cursor is open. */
  private writeSide(operationId: number, side: 'before' | 'after', count: number): void {
    if (this.onlyCreations(operationId, count)) {
      // An import: every change is "this record was created". Undo voids the batch's records and
      // redo revives them in one statement, by reference to the operation, not record by record.
      const setAll = (): unknown => this.setStatusOfAll.run(CREATED[side].status, operationId)
      // Most of the table changing status: rebuilding its indexes once beats updating them row by row.
      if (worthRebuildingIndexes(this.db, 'records', count)) withIndexesRebuilt(this.db, 'records', setAll)
      else setAll()
      return
    }
    const chunk = this.db.prepare(`SELECT record_id, ${side} AS v FROM operation_changes WHERE operation_id = ? AND seq >= ? AND seq < ? ORDER BY seq`)
    const size = 5000
    const starts = Array.from({ length: Math.ceil(count / size) }, (_, i) => i * size)
    if (side === 'before') starts.reverse()
    for (const start of starts) {
      const changes = chunk.all(operationId, start, start + size) as { record_id: number; v: string }[]
      if (side === 'before') changes.reverse()
      for (const change of changes) this.store.write(change.record_id, JSON.parse(change.v) as FieldValues)
    }
  }

  /** True when every one of the operation's `count` changes is a creation (see CREATED). */
  private onlyCreations(operationId: number, count: number): boolean {
    return count > 0 && this.countCreations.get(operationId) === count
  }

  /** A new operation after an undo forks history: the undone branch, and records only it created, go. */
  private discardRedoStack(): void {
    const undone = this.db.prepare("SELECT count(*) FROM operations WHERE state = 'undone'").pluck().get() as number
    if (undone === 0) return
    this.db.prepare('DELETE FROM records WHERE status = ?').run(STATUS_CODES.void)
    this.db.prepare("DELETE FROM import_batches WHERE operation_id IN (SELECT id FROM operations WHERE state = 'undone')").run()
    this.db.prepare("DELETE FROM operations WHERE state = 'undone'").run()
  }

  private insertNewRow(row: NewRow, now: string): number {
    const warnings = row.warnings && row.warnings.length > 0 ? JSON.stringify(row.warnings) : null
    const result = this.insertRecord.run(
      row.id ?? null,
      row.uid ?? newUid(),
      row.title,
      row.startDate ?? null,
      row.endDate ?? null,
      row.dateText ?? null,
      row.place ?? null,
      row.city ?? null,
      row.country ?? null,
      row.countryCode ?? null,
      row.notes ?? null,
      warnings,
      row.confidence ?? null,
      row.batchId ?? null,
      row.sourceFile ?? null,
      row.sourceLine ?? null,
      row.sourceText ?? null,
      row.createdAt ?? now,
      row.updatedAt ?? now
    )
    const id = Number(result.lastInsertRowid)
    const tagIds = row.tags && row.tags.length > 0 ? this.store.writeTags(id, row.tags) : []
    this.createdTally?.add({
      startDate: row.startDate ?? null,
      countryCode: row.countryCode ?? null,
      city: row.city ?? null,
      batchId: row.batchId ?? null,
      warnings,
      place: row.place ?? null,
      tagIds
    })
    return id
  }
}
