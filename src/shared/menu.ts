/** Commands the application menu (and keyboard shortcuts in browser mode) send to the renderer. */
export const MENU_COMMANDS = [
  'record:new',
  'record:save',
  'record:trash',
  'import:open',
  'history:undo',
  'history:redo',
  'search:focus',
  'view:records',
  'view:trash',
  'view:history'
] as const
export type MenuCommand = (typeof MENU_COMMANDS)[number]
