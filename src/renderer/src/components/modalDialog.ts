import { onBeforeUnmount, onMounted, type Ref } from 'vue'

/**
 * A native <dialog> opened with showModal() for as long as its component is mounted: the browser
 * then keeps Tab inside it, makes the page behind inert and turns Escape into `cancel`.
 * On close, focus goes back to what had it before (the button that opened the dialog), or, if that
 * is gone, to the view, never to <body>.
 */
export function useModalDialog(dialog: Ref<HTMLDialogElement | null>, options: { initialFocus?: string } = {}): { closeOnBackdrop(event: MouseEvent): boolean } {
  let opener: HTMLElement | null = null
  onMounted(() => {
    opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const element = dialog.value
    if (!element) return
    if (!element.open) element.showModal()
    element.addEventListener('keydown', wrapTab)
    const first = options.initialFocus ? element.querySelector<HTMLElement>(options.initialFocus) : null
    first?.focus()
  })
  onBeforeUnmount(() => {
    dialog.value?.removeEventListener('keydown', wrapTab)
    if (dialog.value?.open) dialog.value.close()
    returnFocus(opener)
  })
  return {
    /** True for a press on the backdrop: the dialog element itself, outside its box. */
    closeOnBackdrop(event: MouseEvent): boolean {
      const element = dialog.value
      if (!element || event.target !== element) return false
      const box = element.getBoundingClientRect()
      return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom
    }
  }
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * Tab from the dialog's last control goes to its first (Shift+Tab the other way). The browser
 * would hand focus to its own address bar there, and Electron has none: this way both behave alike.
 */
export function wrapTab(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return
  const dialog = event.currentTarget as HTMLElement
  const stops = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.getClientRects().length > 0 && e.tabIndex >= 0 && !e.closest('fieldset:disabled'))
  const first = stops[0]
  const last = stops[stops.length - 1]
  if (!first || !last) return
  const edge = event.shiftKey ? first : last
  if (document.activeElement !== edge) return
  event.preventDefault()
  ;(event.shiftKey ? last : first).focus()
}

/** Puts focus back on `target` if it is still on the page, else on the view, so it never falls to <body>. */
export function returnFocus(target: HTMLElement | null): void {
  // After the unmount has run: the dialog's own elements are gone by then.
  queueMicrotask(() => {
    if (target?.isConnected && !target.closest('[inert]') && !isHidden(target)) return target.focus()
    document.querySelector<HTMLElement>('main.content')?.focus()
  })
}

function isHidden(element: HTMLElement): boolean {
  return element.getClientRects().length === 0 || (element as HTMLButtonElement).disabled === true
}
