import type { MenuCommand } from '../../../shared/menu'

/** Application-menu commands from Electron; browser mode has no menu and reads shortcuts instead. */
export function onMenuCommand(listener: (command: MenuCommand) => void): (() => void) | null {
  return window.curate ? window.curate.menu.onCommand(listener) : null
}
