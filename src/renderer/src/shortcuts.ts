import { isElectron } from './api'
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** The label of a Ctrl/Cmd shortcut as this platform writes it: `Ctrl+S` or `⌘S`. */
export function shortcut(key: string, shift = false): string {
  return isMac ? `${shift ? '⇧' : ''}⌘${key}` : `Ctrl+${shift ? 'Shift+' : ''}${key}`
}

export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** Browser mode: no application menu, and the browser keeps some keys for itself. */
export const inBrowser = !isElectron

/**
 * A view's shortcut. The browser owns Ctrl+1–8 (its tabs) and Ctrl+N (a new window) and never
 * hands them to the page, so browser mode adds Shift to the digits and uses Alt+N.
 */
export function viewShortcut(digit: string): string {
  return inBrowser ? shortcut(digit, true) : shortcut(digit)
}

export function newRecordShortcut(): string {
  return inBrowser ? (isMac ? '⌥N' : 'Alt+N') : shortcut('N')
}

/** The digit of a view shortcut in this mode, from a key event (Shift changes `key`, so `code` is read). */
export function viewDigit(event: KeyboardEvent): string | null {
  const mod = event.ctrlKey || event.metaKey
  const match = /^Digit([1-9])$/.exec(event.code)
  if (!mod || event.altKey || !match) return null
  return event.shiftKey === inBrowser ? match[1]! : null
}
