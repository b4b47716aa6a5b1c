import { expect, type Locator, type Page } from '@playwright/test'

/**
 * The focus ring's colours: the accent (7:1 on white, 6:1 on the selected rows' tint), and on a
 * field with an error the danger red (6:1 on white). Anything else, or nothing, is a failure.
 */
export const RING_COLOURS = ['rgb(36, 88, 166)', 'rgb(179, 38, 30)']

/**
 * What shows where the keyboard is: the focused element's outline (or, inside a grid, its active
 * row's; inside a box drawn around its input, that box's; for a chart's bar, its stroke). 'none' when nothing shows it, 'body'
 * when focus was lost.
 */
export async function focusIndicator(page: Page): Promise<string> {
  // A script string: it runs in the page, whose DOM types this Node project does not load.
  return page.evaluate<string>(`(() => {
    const focused = document.activeElement
    if (!focused || focused === document.body) return 'body'
    const active = focused.getAttribute('aria-activedescendant')
    const start = active ? document.getElementById(active) : focused
    const ring = (element) => {
      const style = getComputedStyle(element)
      if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1) return style.outlineColor
      // A chart's bar (SVG, which draws no outline) shows focus as a stroke around its area.
      for (const part of element instanceof SVGElement ? element.children : []) {
        const stroke = getComputedStyle(part)
        if (stroke.stroke !== 'none' && parseFloat(stroke.strokeWidth) >= 1) return stroke.stroke
      }
      return ''
    }
    // The element itself, or the box it sits in (a tag field draws the ring around its chips).
    for (let element = start, depth = 0; element && depth < 3; element = element.parentElement, depth++) {
      const colour = ring(element)
      if (colour) return colour
    }
    return 'none'
  })()`)
}

/** A few words on the focused element, for a failure message. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate<string>(`(() => {
    const e = document.activeElement
    return e ? e.tagName.toLowerCase() + ' ' + (e.getAttribute('aria-label') || (e.textContent || '').trim().slice(0, 40)) : 'nothing'
  })()`)
}

/** True while focus is inside `container`. */
export function holdsFocus(container: Locator): Promise<boolean> {
  return container.evaluate((element) => element.contains(element.ownerDocument.activeElement))
}

/** Asserts focus is on the page and shown with a strong ring. */
export async function expectFocusVisible(page: Page, where: string): Promise<void> {
  expect(RING_COLOURS, `focus ring at ${where}`).toContain(await focusIndicator(page))
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking the ring at every stop on the way,
 * as a keyboard user would see it. Fails after `max` presses.
 */
export async function tabTo(page: Page, target: Locator, options: { back?: boolean; max?: number } = {}): Promise<number> {
  const max = options.max ?? 40
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab')
    await expectFocusVisible(page, await describeFocus(page))
    if (await holdsFocus(target)) return presses
  }
  throw new Error(`${String(target)} not reached in ${max} presses of Tab`)
}
