import type { Db } from '../../db/open'
import { ProfileSettingsSchema, type ExportProfile, type ProfileSettings } from '../../../shared/contracts/export'
import { AppError } from '../../../shared/errors'

interface ProfileRow {
  id: number
  name: string
  settings: string
  created_at: string
  updated_at: string
}

/** Profiles written by a newer app (an unknown format, say) are left out rather than failing the list. */
function toProfile(row: ProfileRow): ExportProfile | undefined {
  let raw: unknown
  try {
    raw = JSON.parse(row.settings)
  } catch {
    return undefined
  }
  const parsed = ProfileSettingsSchema.safeParse(raw)
  if (!parsed.success) return undefined
  return { id: row.id, name: row.name, settings: parsed.data, createdAt: row.created_at, updatedAt: row.updated_at }
}

/**
 * Saved export profiles. They are preferences, not records, so they are written directly rather
 * than through the operation log (undo covers the collection, not the export dialog's presets).
 */
export class ExportProfiles {
  constructor(
    private readonly db: Db,
    private readonly clock: () => string = () => new Date().toISOString()
  ) {}

  list(): ExportProfile[] {
    const rows = this.db.prepare('SELECT * FROM export_profiles ORDER BY name COLLATE NOCASE, id').all() as ProfileRow[]
    return rows.flatMap((row) => toProfile(row) ?? [])
  }

  /** Saves under `name`, replacing the settings of a profile with the same name in any case. */
  save(name: string, settings: ProfileSettings): ExportProfile {
    const now = this.clock()
    const row = this.db
      .prepare(
        `INSERT INTO export_profiles(name, settings, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(name) DO UPDATE SET name = excluded.name, settings = excluded.settings, updated_at = excluded.updated_at
         RETURNING *`
      )
      .get(name, JSON.stringify(settings), now, now) as ProfileRow
    return toProfile(row)!
  }

  delete(id: number): { id: number } {
    const { changes } = this.db.prepare('DELETE FROM export_profiles WHERE id = ?').run(id)
    if (changes === 0) throw new AppError('NOT_FOUND', `export profile ${id} does not exist; it may have been deleted already`)
    return { id }
  }
}
