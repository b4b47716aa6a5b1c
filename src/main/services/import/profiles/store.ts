/**
 * Source profiles kept in the collection (table reading_profiles, migration 0006). Saving,
 * renaming and deleting are operations like every other change: one transaction, in the History,
 * undone and redone by writing back the profile's row as it was (OperationLog.onReplay).
 */

import type { Db } from '../../../db/open'
import type { OperationLog } from '../../operations/log'
import type { OperationSummary } from '../../operations/types'
import { AppError } from '../../../../shared/errors'
import { PageShapeSchema, type PageShape, type ReadingProfile } from '../../../../shared/contracts/profiles'
import { ReadingInstructionsSchema, type ReadingInstruction } from '../../../../shared/readingInstructions'

interface ProfileRow {
  id: number
  name: string
  instructions: string
  shape: string
  created_at: string
  updated_at: string
}

/** The profile's row before and after an operation (null: it did not exist). */
interface ProfileDetails {
  before: ProfileRow | null
  after: ProfileRow | null
}

const KINDS = ['profile.save', 'profile.rename', 'profile.delete'] as const

/** A profile written by a newer app (an instruction this one does not know) is left out rather than failing the list. */
function toProfile(row: ProfileRow, uses: number): ReadingProfile | undefined {
  try {
    const instructions = ReadingInstructionsSchema.safeParse(JSON.parse(row.instructions))
    const shape = PageShapeSchema.safeParse(JSON.parse(row.shape))
    if (!instructions.success || !shape.success) return undefined
    return { id: row.id, name: row.name, instructions: instructions.data, shape: shape.data, uses, createdAt: row.created_at, updatedAt: row.updated_at }
  } catch {
    return undefined
  }
}

export class ReadingProfiles {
  constructor(
    private readonly db: Db,
    /** Null for reading only (a preview matching a page): writing needs the operation log. */
    private readonly log: OperationLog | null
  ) {}

  private get operations(): OperationLog {
    if (this.log === null) throw new Error('ReadingProfiles: writing needs the operation log')
    return this.log
  }

  /** Undo and redo write a profile's row back as it was on either side. */
  registerReplays(): void {
    const remove = this.db.prepare('DELETE FROM reading_profiles WHERE id = ?')
    const write = this.db.prepare(
      `INSERT INTO reading_profiles(id, name, instructions, shape, created_at, updated_at) VALUES (@id, @name, @instructions, @shape, @created_at, @updated_at)
       ON CONFLICT(id) DO UPDATE SET name = excluded.name, instructions = excluded.instructions, shape = excluded.shape, updated_at = excluded.updated_at`
    )
    for (const kind of KINDS) {
      this.operations.onReplay(kind, (details, side) => {
        const { before, after } = details as ProfileDetails
        const row = side === 'before' ? before : after
        const other = side === 'before' ? after : before
        if (row === null) remove.run((other as ProfileRow).id)
        else write.run(row)
      })
    }
  }

  private uses(id: number): number {
    return this.db
      .prepare("SELECT count(*) FROM import_batches b JOIN operations o ON o.id = b.operation_id WHERE b.profile_id = ? AND o.state = 'done'")
      .pluck()
      .get(id) as number
  }

  private row(id: number): ProfileRow {
    const row = this.db.prepare('SELECT * FROM reading_profiles WHERE id = ?').get(id) as ProfileRow | undefined
    if (row === undefined) throw new AppError('NOT_FOUND', `profile ${id} does not exist; it may have been deleted already`)
    return row
  }

  private profileOf(row: ProfileRow): ReadingProfile {
    const profile = toProfile(row, this.uses(row.id))
    if (profile === undefined) throw new AppError('INVALID_ARGUMENT', `profile '${row.name}' was written by a newer version of the app and cannot be read here`)
    return profile
  }

  list(): ReadingProfile[] {
    const rows = this.db.prepare('SELECT * FROM reading_profiles ORDER BY name COLLATE NOCASE, id').all() as ProfileRow[]
    return rows.flatMap((row) => toProfile(row, this.uses(row.id)) ?? [])
  }

  get(id: number): ReadingProfile {
    return this.profileOf(this.row(id))
  }

  /** By name, in any case; a clear error names the profiles there are. */
  byName(name: string): ReadingProfile {
    const row = this.db.prepare('SELECT * FROM reading_profiles WHERE name = ? COLLATE NOCASE').get(name.trim()) as ProfileRow | undefined
    if (row === undefined) {
      const names = this.list().map((p) => `'${p.name}'`)
      throw new AppError('NOT_FOUND', `no profile is named '${name}'${names.length > 0 ? ` (there are ${names.join(', ')})` : ' (there are none yet)'}`)
    }
    return this.profileOf(row)
  }

  /** Saves under `name`; a profile of that name (any case) gets the new instructions and shape. */
  save(name: string, instructions: ReadingInstruction[], shape: PageShape, now = new Date().toISOString()): { profile: ReadingProfile; operation: OperationSummary } {
    const clean = name.trim()
    const existing = this.db.prepare('SELECT * FROM reading_profiles WHERE name = ? COLLATE NOCASE').get(clean) as ProfileRow | undefined
    const verb = existing === undefined ? 'Saved' : 'Updated'
    const { operation, result } = this.operations.run(
      'profile.save',
      `${verb} the reading profile '${clean}' (${instructions.length} instruction${instructions.length === 1 ? '' : 's'})`,
      (ctx) => {
        const row = this.db
          .prepare(
            `INSERT INTO reading_profiles(name, instructions, shape, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT(name) DO UPDATE SET name = excluded.name, instructions = excluded.instructions, shape = excluded.shape, updated_at = excluded.updated_at
             RETURNING *`
          )
          .get(clean, JSON.stringify(instructions), JSON.stringify(shape), now, now) as ProfileRow
        this.recordDetails(ctx.operationId, existing ?? null, row)
        return row
      }
    )
    return { profile: this.profileOf(result), operation }
  }

  rename(id: number, name: string, now = new Date().toISOString()): { profile: ReadingProfile; operation: OperationSummary } {
    const before = this.row(id)
    const clean = name.trim()
    const taken = this.db.prepare('SELECT id FROM reading_profiles WHERE name = ? COLLATE NOCASE AND id <> ?').pluck().get(clean, id)
    if (taken !== undefined) throw new AppError('CONFLICT', `another profile is already named '${clean}'`)
    const { operation, result } = this.operations.run('profile.rename', `Renamed the reading profile '${before.name}' to '${clean}'`, (ctx) => {
      const after = this.db.prepare('UPDATE reading_profiles SET name = ?, updated_at = ? WHERE id = ? RETURNING *').get(clean, now, id) as ProfileRow
      this.recordDetails(ctx.operationId, before, after)
      return after
    })
    return { profile: this.profileOf(result), operation }
  }

  delete(id: number): { id: number; operation: OperationSummary } {
    const before = this.row(id)
    const { operation } = this.operations.run('profile.delete', `Deleted the reading profile '${before.name}'`, (ctx) => {
      this.db.prepare('DELETE FROM reading_profiles WHERE id = ?').run(id)
      this.recordDetails(ctx.operationId, before, null)
    })
    return { id, operation }
  }

  /** The operation's details are written inside it, once the row's new side is known. */
  private recordDetails(operationId: number, before: ProfileRow | null, after: ProfileRow | null): void {
    const details: ProfileDetails = { before, after }
    this.db.prepare('UPDATE operations SET details = ? WHERE id = ?').run(JSON.stringify(details), operationId)
  }
}
