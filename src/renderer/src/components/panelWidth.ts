import { onMounted, onUnmounted, ref } from 'vue'

const KEY = 'curate.panel.width'
const MIN = 320
const DEFAULT = 380

/** The record panel's width: chosen by dragging its edge, remembered, and never more than half the window. */
export function usePanelWidth() {
  const stored = Number(window.localStorage.getItem(KEY))
  const windowWidth = ref(window.innerWidth)
  const max = ref(Math.max(MIN, Math.floor(windowWidth.value / 2)))
  const chosen = ref(Number.isFinite(stored) && stored >= MIN ? stored : DEFAULT)
  const width = ref(Math.min(chosen.value, max.value))
  const onResize = (): void => {
    max.value = Math.max(MIN, Math.floor(window.innerWidth / 2))
    width.value = Math.min(chosen.value, max.value)
  }
  onMounted(() => window.addEventListener('resize', onResize))
  onUnmounted(() => window.removeEventListener('resize', onResize))
  function set(next: number): void {
    chosen.value = next
    width.value = Math.min(next, max.value)
    window.localStorage.setItem(KEY, String(next))
  }
  return { width, min: MIN, max, set }
}
