import { ref, watch } from 'vue'

/**
 * Becomes true once the window has drawn its first page of records (or learnt there are none).
 * What the first rows do not need waits for it: zod and the country list for the record form,
 * the export and bulk-edit buttons. Fetched at start-up, each of those chunks was evaluated
 * between the first page's answer and its rows being drawn (100–250 ms at a million records).
 */
export const firstRowsShown = ref(false)

let settle: () => void = () => {}
export const afterFirstRows: Promise<void> = new Promise((resolve) => (settle = resolve))

export function markFirstRowsShown(): void {
  if (firstRowsShown.value) return
  firstRowsShown.value = true
  settle()
}

/** Marks once `loaded` holds and a frame has been drawn with it; at the latest after `fallbackMs`. */
export function markAfterFirstPaint(loaded: () => boolean, fallbackMs = 3000): void {
  const afterFrame = (): void => void requestAnimationFrame(() => setTimeout(markFirstRowsShown, 0))
  if (loaded()) afterFrame()
  else {
    const stop = watch(loaded, (now) => {
      if (!now) return
      stop()
      afterFrame()
    })
  }
  setTimeout(markFirstRowsShown, fallbackMs)
}
