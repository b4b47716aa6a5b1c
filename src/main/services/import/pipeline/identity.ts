import type { Statement } from 'better-sqlite3'
import type { Db } from '../../../db/open'
import type { NewRow } from '../../operations/log'

type Identity = { uid: string; id: number | null; createdAt: string | null; updatedAt: string | null }

/**
 * Re-importing the app's own JSON export is lossless: a record keeps its uid, and its id when
 * no record holds it, and its creation and change times. A uid or id already taken (the
 * same export imported twice, or "keep both" on a flagged duplicate) is replaced by a new
 * one, because two records must never share an identity. Run inside the import's
 * transaction, record by record, so ids given out earlier in the same batch count as taken.
 */
export class IdentityKeeper {
  private readonly uidTaken: Statement
  private readonly idTaken: Statement
  private readonly usedUids = new Set<string>()

  constructor(db: Db) {
    this.uidTaken = db.prepare('SELECT 1 FROM records WHERE uid = ?').pluck()
    this.idTaken = db.prepare('SELECT 1 FROM records WHERE id = ?').pluck()
  }

  keep(identity: Identity | null): Pick<NewRow, 'uid' | 'id' | 'createdAt' | 'updatedAt'> {
    if (identity === null) return {}
    const kept: Pick<NewRow, 'uid' | 'id' | 'createdAt' | 'updatedAt'> = {}
    if (!this.usedUids.has(identity.uid) && this.uidTaken.get(identity.uid) === undefined) {
      kept.uid = identity.uid
      this.usedUids.add(identity.uid)
      if (identity.id !== null && this.idTaken.get(identity.id) === undefined) kept.id = identity.id
    }
    if (identity.createdAt !== null) kept.createdAt = identity.createdAt
    if (identity.updatedAt !== null) kept.updatedAt = identity.updatedAt
    return kept
  }
}
