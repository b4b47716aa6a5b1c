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
/** `view:<section id>` opens a sidebar section; sections are listed in the renderer's sections.ts. */
export type MenuCommand = (typeof MENU_COMMANDS)[number] | `view:${string}`

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && ((MENU_COMMANDS as readonly string[]).includes(value) || /^view:[a-z-]{1,30}$/.test(value))
}
