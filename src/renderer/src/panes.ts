/**
 * F6 and Shift+F6 move the caret between the window's panes, as desktop applications do:
 * the toolbar's search, the sections, the view (its grid when it has one) and the open record.
 */
const PANES: { contains: string; targets: string[] }[] = [
  { contains: 'header.toolbar', targets: ['header.toolbar input[type="search"]'] },
  { contains: 'nav.sidebar', targets: ['nav.sidebar button[aria-current="page"]', 'nav.sidebar button'] },
  { contains: 'main.content', targets: ['main.content [data-testid="records-grid"]', 'main.content'] },
  { contains: 'aside.panel', targets: ['aside.panel input:not([disabled])', 'aside.panel button'] }
]

export function cyclePanes(step: 1 | -1): void {
  const present = PANES.filter((p) => document.querySelector(p.contains))
  const current = present.findIndex((p) => document.activeElement?.closest(p.contains))
  const next = present[(current + step + present.length) % present.length]
  for (const selector of next?.targets ?? []) {
    const element = document.querySelector<HTMLElement>(selector)
    if (element) return element.focus()
  }
}
