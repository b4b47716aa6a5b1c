import type { Db } from '../../db/open'
import { CHANGEABLE_COLUMNS, type ChangeableField, type FieldValues } from '../../db/recordRows'

/**
 * Reads and writes arbitrary subsets of a record's fields. It is the only place that turns
 * logged field values into SQL, so undo, redo and every operation write the same way.
 * Statements are cached by the set of fields, which keeps bulk edits of 100,000 rows fast.
 */
export class FieldStore {
  private readonly updates = new Map<string, import('better-sqlite3').Statement>()
  private readonly selects = new Map<string, import('better-sqlite3').Statement>()
  private readonly tagIdOf: import('better-sqlite3').Statement
  private readonly insertTag: import('better-sqlite3').Statement
  private readonly tagsOf: import('better-sqlite3').Statement
  private readonly clearTags: import('better-sqlite3').Statement
  private readonly linkTag: import('better-sqlite3').Statement
  private readonly bumpVersion: import('better-sqlite3').Statement

  constructor(private readonly db: Db) {
    this.tagIdOf = db.prepare('SELECT id FROM tags WHERE name = ?').pluck()
    this.insertTag = db.prepare('INSERT INTO tags(name) VALUES (?)')
    this.tagsOf = db
      .prepare('SELECT t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id WHERE rt.record_id = ? ORDER BY t.name COLLATE NOCASE')
      .pluck()
    this.clearTags = db.prepare('DELETE FROM record_tags WHERE record_id = ?')
    this.linkTag = db.prepare('INSERT OR IGNORE INTO record_tags(record_id, tag_id) VALUES (?, ?)')
    this.bumpVersion = db.prepare('UPDATE records SET version = version + 1 WHERE id = ?')
  }

  /** Current values of `fields` for one record, in the log's representation. */
  read(recordId: number, fields: readonly ChangeableField[]): FieldValues {
    const columns = fields.filter((f): f is keyof typeof CHANGEABLE_COLUMNS => f !== 'tags')
    const values: FieldValues = {}
    if (columns.length > 0) {
      const key = columns.join(',')
      let statement = this.selects.get(key)
      if (!statement) {
        statement = this.db.prepare(`SELECT ${columns.map((f) => `${CHANGEABLE_COLUMNS[f]} AS "${f}"`).join(', ')} FROM records WHERE id = ?`)
        this.selects.set(key, statement)
      }
      const row = statement.get(recordId) as Record<string, unknown> | undefined
      if (!row) throw new Error(`record ${recordId} does not exist`)
      for (const f of columns) values[f] = f === 'warnings' ? parseWarnings(row[f]) : row[f]
    }
    if (fields.includes('tags')) values.tags = this.tagsOf.all(recordId) as string[]
    return values
  }

  /** Writes `values` to one record and bumps its version. */
  write(recordId: number, values: FieldValues): void {
    const columns = (Object.keys(values) as ChangeableField[]).filter(
      (f): f is keyof typeof CHANGEABLE_COLUMNS => f !== 'tags' && f in CHANGEABLE_COLUMNS
    )
    if (columns.length > 0) {
      const key = columns.join(',')
      let statement = this.updates.get(key)
      if (!statement) {
        statement = this.db.prepare(
          `UPDATE records SET ${columns.map((f) => `${CHANGEABLE_COLUMNS[f]} = ?`).join(', ')}, version = version + 1 WHERE id = ?`
        )
        this.updates.set(key, statement)
      }
      const params = columns.map((f) => (f === 'warnings' ? serialiseWarnings(values[f]) : values[f]))
      statement.run(...params, recordId)
    }
    if (values.tags !== undefined) {
      this.writeTags(recordId, values.tags as string[])
      if (columns.length === 0) this.bumpVersion.run(recordId)
    }
  }

  /** Replaces a record's tags; returns the distinct tag ids it now has. */
  writeTags(recordId: number, tags: readonly string[]): number[] {
    this.clearTags.run(recordId)
    const ids = new Set<number>()
    for (const name of tags) {
      const id = this.tagId(name)
      ids.add(id)
      this.linkTag.run(recordId, id)
    }
    return [...ids]
  }

  private tagId(name: string): number {
    const existing = this.tagIdOf.get(name) as number | undefined
    return existing ?? Number(this.insertTag.run(name).lastInsertRowid)
  }
}

function parseWarnings(value: unknown): string[] {
  return typeof value === 'string' && value ? (JSON.parse(value) as string[]) : []
}

function serialiseWarnings(value: unknown): string | null {
  return Array.isArray(value) && value.length > 0 ? JSON.stringify(value) : null
}
