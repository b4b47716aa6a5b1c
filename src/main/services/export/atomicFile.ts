import { randomBytes } from 'node:crypto'
import { link, open, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Atomic replacement of a file: build it under a temporary name in the destination's folder
 * (same file system, so rename is atomic), fsync it, then rename over the destination.
 * Readers see the old file or the complete new one, never a half-written export, and an
 * existing file survives any failure untouched.
 */

// NAME_MAX is 255 bytes on common file systems; leave room for the prefix and suffix.
const MAX_BASE_LENGTH = 180

/** A hidden sibling of the destination, unique per attempt. */
export function temporaryPathFor(destination: string): string {
  const base = basename(destination).slice(0, MAX_BASE_LENGTH)
  return join(dirname(destination), `.${base}.${randomBytes(6).toString('hex')}.partial`)
}

/** Creates the temporary file; 'wx' refuses to reuse an existing path, so nothing else is ever overwritten. */
export function createTemporaryFile(path: string): Promise<FileHandle> {
  return open(path, 'wx', 0o666)
}

/** Flushes a finished file's data to the disk (a rename without this can leave an empty file after a power cut). */
export async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r+')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** Makes the rename itself durable; best effort, since some platforms cannot open or fsync a folder. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined
  try {
    handle = await open(folder, 'r')
    await handle.sync()
  } catch {
    // Windows and some network file systems refuse; the data itself is already synced.
  } finally {
    await handle?.close().catch(() => undefined)
  }
}

/** Thrown when the destination appeared after the export began and replacing it was not allowed. */
export class DestinationExistsError extends Error {
  readonly code = 'EEXIST'
}

/**
 * Moves the synced temporary file to the destination. With `replace` false an existing file is
 * never replaced, even one created while the export ran: a hard link fails atomically on an
 * existing name (file systems without hard links fall back to a check just before the rename).
 */
export async function commitTemporaryFile(temporaryPath: string, destination: string, replace = true): Promise<void> {
  if (replace) await rename(temporaryPath, destination)
  else await commitWithoutReplacing(temporaryPath, destination)
  await syncFolder(dirname(destination))
}

async function commitWithoutReplacing(temporaryPath: string, destination: string): Promise<void> {
  try {
    await link(temporaryPath, destination)
    await rm(temporaryPath, { force: true })
    return
  } catch (error) {
    const errno = (error as NodeJS.ErrnoException).code
    if (errno === 'EEXIST') throw new DestinationExistsError(`${destination} already exists`)
    if (errno !== 'EPERM' && errno !== 'ENOTSUP' && errno !== 'EOPNOTSUPP' && errno !== 'ENOSYS') throw error
  }
  if (await stat(destination).then(() => true, () => false)) throw new DestinationExistsError(`${destination} already exists`)
  await rename(temporaryPath, destination)
}

/** Removes the temporary file (and any SQLite side files); never throws, it runs while handling another error. */
export async function discardTemporaryFile(temporaryPath: string): Promise<void> {
  for (const path of [temporaryPath, `${temporaryPath}-journal`, `${temporaryPath}-wal`, `${temporaryPath}-shm`]) {
    await rm(path, { force: true }).catch(() => undefined)
  }
}
