import { ref, type Ref } from 'vue'

/** The index focus moves to for `key` among `count` items from `current`, or null for a key that is not a move. */
export function rovingTarget(key: string, current: number, count: number): number | null {
  if (count <= 0) return null
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return Math.min(count - 1, current + 1)
    case 'ArrowUp':
    case 'ArrowLeft':
      return Math.max(0, current - 1)
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return null
  }
}

/**
 * A "roving tabindex": a list of controls is one Tab stop, and the arrow keys (Home, End) move
 * between them, as WAI-ARIA's practices describe for a list of options. The items are the
 * elements matching `selector` inside `container`, in document order.
 */
export function useRoving(container: Ref<Element | null>, selector: string): {
  tabindex(index: number, count: number): 0 | -1
  onFocusin(event: FocusEvent): void
  onKeydown(event: KeyboardEvent): void
} {
  const current = ref(0)
  const items = (): HTMLElement[] => [...(container.value?.querySelectorAll<HTMLElement>(selector) ?? [])]
  return {
    /** The one item that takes Tab: the last one focused, or the first while that one is gone. */
    tabindex(index: number, count: number) {
      return index === Math.min(current.value, count - 1) ? 0 : -1
    },
    onFocusin(event: FocusEvent) {
      const at = items().indexOf(event.target as HTMLElement)
      if (at >= 0) current.value = at
    },
    onKeydown(event: KeyboardEvent) {
      const list = items()
      const at = list.indexOf(event.target as HTMLElement)
      if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return
      const next = rovingTarget(event.key, at, list.length)
      if (next === null) return
      event.preventDefault()
      current.value = next
      list[next]?.focus()
    }
  }
}
