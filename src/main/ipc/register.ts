import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { contract } from '../../shared/contract'
import type { Envelope } from '../../shared/errors'
import { dispatch } from '../services/dispatch'
import type { Handlers } from '../services/handlers'

/**
 * Registers every contract method on ipcMain. No logic lives here: the sender is checked
 * (only the app's own top frame may call), then the shared dispatcher validates and runs.
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  for (const method of Object.keys(contract)) {
    ipcMain.handle(method, async (event: IpcMainInvokeEvent, args: unknown): Promise<Envelope<unknown>> => {
      const frame = event.senderFrame
      if (!frame || frame !== event.sender.mainFrame || !isTrustedUrl(frame.url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'this page may not use the collection' } }
      }
      return dispatch(handlers, method, args)
    })
  }
}
