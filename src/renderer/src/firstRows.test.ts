import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ref } from 'vue'

/** The module keeps one flag for the window, so each case loads it afresh. */
const load = async (): Promise<typeof import('./firstRows')> => {
  vi.resetModules()
  return import('./firstRows')
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16))
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('first rows', () => {
  it('waits for the first page and a drawn frame before letting deferred work start', async () => {
    const { firstRowsShown, afterFirstRows, markAfterFirstPaint } = await load()
    const loaded = ref(false)
    const started = vi.fn()
    void afterFirstRows.then(started)
    markAfterFirstPaint(() => loaded.value)
    await vi.advanceTimersByTimeAsync(500)
    expect(firstRowsShown.value).toBe(false)
    expect(started).not.toHaveBeenCalled()
    loaded.value = true
    await vi.advanceTimersByTimeAsync(10)
    expect(firstRowsShown.value).toBe(false)
    await vi.advanceTimersByTimeAsync(20)
    expect(firstRowsShown.value).toBe(true)
    expect(started).toHaveBeenCalledOnce()
  })

  it('lets it start anyway after a while when the first page never comes (another view, an error)', async () => {
    const { firstRowsShown, markAfterFirstPaint } = await load()
    markAfterFirstPaint(() => false, 3000)
    await vi.advanceTimersByTimeAsync(2999)
    expect(firstRowsShown.value).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(firstRowsShown.value).toBe(true)
  })
})
