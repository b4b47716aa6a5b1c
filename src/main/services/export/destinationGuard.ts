import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../../../shared/errors'
import { snapshotFolder } from '../backup/snapshots'

/**
 * An export must never land on the collection itself, on SQLite's side files beside it, or in
 * its backups folder: one mistyped --out would replace years of history with a flat file.
 * Paths are compared after resolving symbolic links (and an existing destination by its inode,
 * which also catches a hard link), so `./x/../C.sqlite` or a link to the collection is refused too.
 */
export function checkExportDestination(databasePath: string, destination: string, overwrite: boolean): void {
  if (databasePath === ':memory:') return checkExisting(destination, overwrite)
  const target = canonical(destination)
  const collection = canonical(databasePath)
  const sideFiles = ['', '-wal', '-shm', '-journal'].map((suffix) => collection + suffix)
  if (sideFiles.includes(target) || sameFile(destination, databasePath)) {
    throw new AppError('FORBIDDEN', `refusing to export to ${destination}: that is the collection itself (or one of its SQLite files); choose another file`)
  }
  const backups = canonical(snapshotFolder(databasePath))
  if (target === backups || target.startsWith(backups + path.sep)) {
    throw new AppError('FORBIDDEN', `refusing to export to ${destination}: that is inside the collection's backups folder; choose another folder`)
  }
  checkExisting(destination, overwrite)
}

function checkExisting(destination: string, overwrite: boolean): void {
  if (!overwrite && fs.existsSync(destination)) {
    throw new AppError('CONFLICT', `${destination} already exists; choose another name, or replace it explicitly (--force)`)
  }
}

/** The absolute path with every symbolic link resolved; for a file not yet there, its folder's. */
function canonical(file: string): string {
  const absolute = path.resolve(file)
  try {
    return fs.realpathSync(absolute)
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(absolute)), path.basename(absolute))
    } catch {
      return absolute
    }
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)]
    return x.dev === y.dev && x.ino === y.ino
  } catch {
    return false
  }
}
