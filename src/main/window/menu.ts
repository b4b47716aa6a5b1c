import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../shared/menu'

const VIEWS = [
  ['Records', 'records'],
  ['Trash', 'trash'],
  ['Import', 'import'],
  ['Overview', 'overview'],
  ['Duplicates', 'duplicates'],
  ['Clean Values', 'clusters'],
  ['History', 'history'],
  ['Backups', 'backups']
] as const

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
        // The sidebar's order (renderer/src/sections.ts), which shows these digits.
        ...VIEWS.map(([label, id], i) => ({ label, accelerator: `CmdOrCtrl+${i + 1}`, click: send(`view:${id}`) })),
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
