import Database from 'better-sqlite3'
import fs from 'node:fs'
import path from 'node:path'
import type { Db } from '../../db/open'
import { AppError } from '../../../shared/errors'
import type { SnapshotInfo } from '../../../shared/contracts/backup'
import { assertNotBusy, BUSY_MESSAGE, contentFingerprint, integrityProblems, isBusy } from './verify'

export const DEFAULT_SNAPSHOTS_KEPT = 10
const NAME = /^(?<base>.+)-(?<stamp>\d{8}T\d{6}\d{3}Z)-(?<reason>[a-z-]+)\.sqlite$/

/** Snapshots live beside the collection, in `<folder>/backups/`. */
export function snapshotFolder(databasePath: string): string {
  return path.join(path.dirname(path.resolve(databasePath)), 'backups')
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('.', '')
}

export function snapshotPath(databasePath: string, reason: string, now = new Date()): string {
  const base = path.basename(databasePath).replace(/\.[^.]+$/, '')
  return path.join(snapshotFolder(databasePath), `${base}-${stamp(now)}-${reason}.sqlite`)
}

/** Snapshots of this collection, newest first. */
export function listSnapshots(databasePath: string): SnapshotInfo[] {
  const folder = snapshotFolder(databasePath)
  if (!fs.existsSync(folder)) return []
  const base = path.basename(databasePath).replace(/\.[^.]+$/, '')
  return fs
    .readdirSync(folder)
    .flatMap((name) => {
      const match = NAME.exec(name)
      if (!match || match.groups!.base !== base) return []
      const s = match.groups!.stamp!
      const createdAt = `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}.${s.slice(15, 18)}Z`
      const stat = fs.statSync(path.join(folder, name))
      return [{ name, createdAt, reason: match.groups!.reason!, bytes: stat.size }]
    })
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
}

/** A snapshot still being written touches its file constantly; one untouched this long was abandoned. */
export const ABANDONED_PARTIAL_MS = 5 * 60 * 1000

/**
 * Removes `*.partial` files a killed snapshot left behind (they never count as snapshots, but
 * they take room). A partial written to within the last minutes may be another program's
 * snapshot in progress, so it is left alone.
 */
export function removeAbandonedPartials(databasePath: string, now = Date.now()): string[] {
  const folder = snapshotFolder(databasePath)
  if (!fs.existsSync(folder)) return []
  const removed: string[] = []
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith('.partial')) continue
    const file = path.join(folder, name)
    try {
      if (now - fs.statSync(file).mtimeMs < ABANDONED_PARTIAL_MS) continue
      fs.rmSync(file, { force: true })
      removed.push(name)
    } catch {
      // Gone already, or not ours to remove: leave it.
    }
  }
  return removed
}

/** Keeps the newest `keep` snapshots and deletes the rest. */
export function pruneSnapshots(databasePath: string, keep: number): void {
  for (const old of listSnapshots(databasePath).slice(keep)) fs.rmSync(path.join(snapshotFolder(databasePath), old.name), { force: true })
}

/** A consistent copy through SQLite's online backup API; other readers and writers carry on meanwhile. */
export async function takeSnapshot(db: Db, databasePath: string, reason: string, keep = DEFAULT_SNAPSHOTS_KEPT): Promise<SnapshotInfo> {
  const target = snapshotPath(databasePath, reason)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const partial = `${target}.partial`
  try {
    await db.backup(partial)
    // A snapshot of a damaged collection would be a damaged backup: it only counts once sound.
    const problems = checkFile(partial)
    if (problems) throw new AppError('DATABASE', `the collection is damaged (${problems}); no snapshot was kept`)
    fs.renameSync(partial, target)
  } catch (error) {
    fs.rmSync(partial, { force: true })
    throw error
  }
  pruneSnapshots(databasePath, keep)
  return listSnapshots(databasePath).find((s) => s.name === path.basename(target))!
}

/** The snapshot's own record count, so the archivist sees what a restore would bring back. */
export function snapshotRecordCount(databasePath: string, name: string): number | null {
  try {
    const snap = new Database(resolveSnapshot(databasePath, name), { readonly: true, fileMustExist: true })
    try {
      return snap.prepare('SELECT count(*) FROM records WHERE status = 0').pluck().get() as number
    } finally {
      snap.close()
    }
  } catch {
    return null
  }
}

/** A snapshot name from the list, resolved safely inside the backups folder. */
export function resolveSnapshot(databasePath: string, name: string): string {
  if (!NAME.test(name) || name.includes('/') || name.includes('\\')) throw new AppError('INVALID_ARGUMENT', `'${name}' is not a snapshot name`)
  const file = path.join(snapshotFolder(databasePath), name)
  if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', `there is no snapshot ${name}`)
  return file
}

/**
 * Replaces the collection's content with a snapshot's, through the backup API into the live
 * file (so open connections see the restored state), after snapshotting the current state.
 */
export async function restoreSnapshot(db: Db, databasePath: string, name: string): Promise<{ restored: SnapshotInfo; safetyCopy: SnapshotInfo }> {
  const source = resolveSnapshot(databasePath, name)
  const restored = listSnapshots(databasePath).find((s) => s.name === name)!
  const snap = new Database(source, { readonly: true, fileMustExist: true })
  try {
    const problems = integrityProblems(snap)
    if (problems) throw new AppError('DATABASE', `snapshot ${name} is damaged (${problems}); choose another`)
    assertNotBusy(db)
    const safetyCopy = await takeSnapshot(db, databasePath, 'before-restore', Number.MAX_SAFE_INTEGER)
    await snap.backup(path.resolve(databasePath)).catch((error: unknown) => {
      throw isBusy(error) ? new AppError('CONFLICT', BUSY_MESSAGE) : error
    })
    if (contentFingerprint(db) !== contentFingerprint(snap)) throw new AppError('CONFLICT', BUSY_MESSAGE)
    return { restored, safetyCopy }
  } finally {
    snap.close()
  }
}

/** Integrity problems of a file on disk (null when sound), opened read-only just for the check. */
function checkFile(file: string): string | null {
  const copy = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return integrityProblems(copy)
  } finally {
    copy.close()
  }
}

/**
 * For a collection that cannot be opened at all: the damaged file is moved aside (never
 * deleted) and the snapshot copied in its place.
 */
export async function restoreIntoUnopenable(databasePath: string, name: string): Promise<{ restored: SnapshotInfo; damagedCopy: string | null }> {
  const source = resolveSnapshot(databasePath, name)
  const restored = listSnapshots(databasePath).find((s) => s.name === name)!
  const damagedCopy = `${databasePath}.damaged-${stamp(new Date())}`
  let kept: string | null = damagedCopy
  const snap = new Database(source, { readonly: true, fileMustExist: true })
  try {
    const problems = integrityProblems(snap)
    if (problems) throw new AppError('DATABASE', `snapshot ${name} is damaged (${problems}); choose another`)
    // A collection that is missing altogether (deleted by mistake) has nothing to keep aside.
    if (fs.existsSync(databasePath)) fs.renameSync(databasePath, damagedCopy)
    else kept = null
    for (const suffix of ['-wal', '-shm']) {
      if (fs.existsSync(databasePath + suffix)) fs.renameSync(databasePath + suffix, damagedCopy + suffix)
    }
    await snap.backup(path.resolve(databasePath))
    const result = new Database(databasePath, { readonly: true, fileMustExist: true })
    try {
      if (contentFingerprint(result) !== contentFingerprint(snap)) throw new AppError('DATABASE', `restoring ${name} did not reproduce the snapshot; the damaged file is kept as ${damagedCopy}`)
    } finally {
      result.close()
    }
  } finally {
    snap.close()
  }
  return { restored, damagedCopy: kept }
}

/** The newest snapshot that passes `integrity_check` (older ones are tried in turn), if any. */
export function latestSoundSnapshot(databasePath: string): SnapshotInfo | undefined {
  return listSnapshots(databasePath).find((snapshot) => {
    try {
      return checkFile(path.join(snapshotFolder(databasePath), snapshot.name)) === null
    } catch {
      return false
    }
  })
}

/** A sentence for an unopenable collection that offers the latest sound snapshot. */
export function offerSnapshots(databasePath: string): string {
  const latest = latestSoundSnapshot(databasePath)
  if (!latest) return 'No sound snapshot of it exists to restore from.'
  return `The latest sound snapshot is from ${latest.createdAt} (${latest.reason}); restore it with: npx curate restore ${latest.name} --db ${databasePath}`
}
