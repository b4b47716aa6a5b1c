/**
 * Errors an export can end with, worded for the archivist ("cannot write to /x/y.csv: the disk is full")
 * and coded for the caller (the UI picks a remedy by `code`, never by parsing the message).
 */

export type ExportErrorCode =
  | 'read-only'
  | 'disk-full'
  | 'file-too-large'
  | 'no-folder'
  | 'is-folder'
  | 'exists'
  | 'invalid-options'
  | 'io'

export class ExportError extends Error {
  override readonly name = 'ExportError'
  constructor(
    readonly code: ExportErrorCode,
    message: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
  }
}

export class ExportCancelledError extends Error {
  override readonly name = 'ExportCancelledError'
  readonly code = 'cancelled' as const
  constructor(readonly path: string) {
    super(`export to ${path} was cancelled; nothing was written`)
  }
}

const REASONS: Record<string, [ExportErrorCode, string]> = {
  EACCES: ['read-only', 'the folder is read-only'],
  EPERM: ['read-only', 'the folder is read-only'],
  EROFS: ['read-only', 'the folder is read-only'],
  ENOSPC: ['disk-full', 'the disk is full'],
  EDQUOT: ['disk-full', 'the disk is full'],
  // FAT32 USB sticks stop at 4 GiB; a process file-size limit gives the same errno.
  EFBIG: ['file-too-large', 'the file is too large for this disk'],
  ENOENT: ['no-folder', 'the folder does not exist'],
  // A path "under" a regular file: from the archivist's view the folder does not exist either.
  ENOTDIR: ['no-folder', 'the folder does not exist'],
  EISDIR: ['is-folder', 'a folder with that name is already there'],
  // Only raised when replacing was not allowed (see commitTemporaryFile).
  EEXIST: ['exists', 'a file with that name is already there and replacing it was not asked for (--force)']
}

/**
 * Turns a file-system (or SQLite) error into an ExportError that names the destination the
 * archivist chose. Errors without an error code (a bug, or the record source failing) are
 * returned unchanged: "cannot write" would send the archivist looking at the wrong disk.
 */
export function toExportError(destination: string, error: unknown): unknown {
  if (error instanceof ExportError || error instanceof ExportCancelledError) return error
  const errno = (error as NodeJS.ErrnoException | undefined)?.code
  if (typeof errno !== 'string') return error
  // better-sqlite3 reports SQLITE_FULL / SQLITE_READONLY / SQLITE_CANTOPEN rather than errno names.
  const sqliteMapped = errno ? SQLITE_CODES[errno] : undefined
  const known = REASONS[errno] ?? (sqliteMapped ? REASONS[sqliteMapped] : undefined)
  if (known) {
    const [code, reason] = known
    return new ExportError(code, `cannot write to ${destination}: ${reason}`, { cause: error })
  }
  const detail = error instanceof Error ? error.message : String(error)
  return new ExportError('io', `cannot write to ${destination}: ${detail}`, { cause: error })
}

const SQLITE_CODES: Record<string, string> = {
  SQLITE_FULL: 'ENOSPC',
  SQLITE_READONLY: 'EROFS'
}
