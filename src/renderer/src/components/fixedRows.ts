import { computed, onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export interface RowWindow {
  /** First and last row index to render (inclusive); last < first when there is none. */
  first: number
  last: number
}

/**
 * The rows a scroller shows, plus `overscan` either side, when every row is `rowHeight` tall and
 * a sticky header of `headHeight` sits above them in the same scroller. Pure arithmetic: the
 * cost does not depend on the number of rows.
 */
export function visibleRows(scrollTop: number, viewportHeight: number, count: number, rowHeight: number, headHeight: number, overscan: number): RowWindow {
  if (count <= 0) return { first: 0, last: -1 }
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const last = Math.min(count - 1, Math.ceil((scrollTop + Math.max(0, viewportHeight - headHeight)) / rowHeight) + overscan)
  return { first: Math.min(first, count - 1), last }
}

/** The scrollTop that brings row `index` fully into view below the sticky header, moving as little as possible. */
export function scrollTopFor(index: number, scrollTop: number, viewportHeight: number, rowHeight: number, headHeight: number): number {
  const top = index * rowHeight
  if (top < scrollTop) return top
  const bottom = top + rowHeight
  const visibleHeight = viewportHeight - headHeight
  return bottom > scrollTop + visibleHeight ? bottom - visibleHeight : scrollTop
}

/**
 * Windowing for a grid of fixed-height rows. A general virtualiser (TanStack Virtual, which the
 * import preview uses) keeps a measurement object per row: over a million records building them
 * took about a second before the first row could show. Fixed heights need none of that.
 */
export function useFixedRows(options: { scroller: Ref<HTMLElement | null>; count: () => number; rowHeight: number; headHeight: number; overscan: number }) {
  const scrollTop = ref(0)
  const viewportHeight = ref(0)
  const { rowHeight, headHeight, overscan } = options
  const read = (): void => {
    const el = options.scroller.value
    if (!el) return
    scrollTop.value = el.scrollTop
    viewportHeight.value = el.clientHeight
  }
  let resizes: ResizeObserver | null = null
  onMounted(() => {
    const el = options.scroller.value
    if (!el) return
    el.addEventListener('scroll', read, { passive: true })
    resizes = new ResizeObserver(read)
    resizes.observe(el)
    read()
  })
  onBeforeUnmount(() => {
    options.scroller.value?.removeEventListener('scroll', read)
    resizes?.disconnect()
  })

  const rows = computed(() => {
    const { first, last } = visibleRows(scrollTop.value, viewportHeight.value, options.count(), rowHeight, headHeight, overscan)
    const list: { index: number; top: number }[] = []
    for (let index = first; index <= last; index++) list.push({ index, top: index * rowHeight })
    return list
  })
  const totalHeight = computed(() => options.count() * rowHeight)

  function scrollTo(top: number): void {
    const el = options.scroller.value
    if (!el) return
    el.scrollTop = top
    read()
  }
  function scrollToIndex(index: number): void {
    scrollTo(scrollTopFor(index, scrollTop.value, viewportHeight.value, rowHeight, headHeight))
  }
  return { rows, totalHeight, scrollTo, scrollToIndex }
}
