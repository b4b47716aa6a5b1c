import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/menu'

/** The application menu; commands are sent to the renderer, which owns the workflow. */
export function installMenu(window: BrowserWindow): void {
  const send = (command: MenuCommand) => () => window.webContents.send('menu:command', command)
  const isMac = process.platform === 'darwin'
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Record', accelerator: 'CmdOrCtrl+N', click: send('record:new') },
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: send('import:open') },
        { type: 'separator' },
        { label: 'Save Record', accelerator: 'CmdOrCtrl+S', click: send('record:save') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' }
      ]
    },
    {
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('history:undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('history:redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Find', accelerator: 'CmdOrCtrl+F', click: send('search:focus') },
        { label: 'Move to Trash', accelerator: 'CmdOrCtrl+Backspace', click: send('record:trash') }
      ]
    },
    {
      label: '&View',
      submenu: [
        { label: 'Records', accelerator: 'CmdOrCtrl+1', click: send('view:records') },
        { label: 'Trash', accelerator: 'CmdOrCtrl+2', click: send('view:trash') },
        { label: 'History', accelerator: 'CmdOrCtrl+3', click: send('view:history') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' }
      ]
    },
    { role: 'windowMenu' }
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
