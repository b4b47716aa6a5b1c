import { resolve } from 'node:path'
import type { ExportFormatId } from '../../../shared/contracts/export'
import { AppError } from '../../../shared/errors'

/** Asks the archivist where to save (the desktop app's save dialog); null when they cancelled. */
export type SavePathChooser = (request: { format: ExportFormatId; suggestedName: string }) => Promise<string | null>

/*
 * Services never import electron, so the desktop shell hands its dialog in here at start-up
 * (src/main/ipc/saveDialog.ts). The renderer is untrusted: in the desktop app an export may only
 * write to a path the archivist picked in that dialog, so each chosen path is granted once.
 */
let chooser: SavePathChooser | null = null
const granted = new Set<string>()

export function provideSavePathChooser(next: SavePathChooser | null): void {
  chooser = next
}

export async function chooseSavePath(format: ExportFormatId, suggestedName: string): Promise<string | null> {
  if (!chooser) {
    throw new AppError('FORBIDDEN', 'there is no save dialog here: in browser mode the export is offered as a download')
  }
  const path = await chooser({ format, suggestedName })
  if (path !== null) granted.add(resolve(path))
  return path
}

/** True (and forgets the grant) when the archivist chose this path in the save dialog. */
export function takeGrantedPath(path: string): boolean {
  return granted.delete(resolve(path))
}
