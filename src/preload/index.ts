import { contextBridge, ipcRenderer } from 'electron'
import { METHOD_NAMES } from '../shared/methods'
import { isMenuCommand, type MenuCommand } from '../shared/menu'

/**
 * One function per contract method, each bound to its own channel: the page can call the
 * methods and nothing else (no ipcRenderer, no channel of its choosing).
 */
const api = Object.freeze(
  Object.fromEntries(
    METHOD_NAMES.map((method) => {
      const name = method.replace(/:(\w)/, (_, c: string) => c.toUpperCase())
      return [name, (args: unknown) => ipcRenderer.invoke(method, args)]
    })
  )
)

const menu = Object.freeze({
  /** Subscribes to application menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void {
    const wrapped = (_event: unknown, command: unknown): void => {
      if (isMenuCommand(command)) listener(command)
    }
    ipcRenderer.on('menu:command', wrapped)
    return () => ipcRenderer.removeListener('menu:command', wrapped)
  }
})

contextBridge.exposeInMainWorld('curate', { api, menu })
