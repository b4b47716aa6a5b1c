/** The row checkbox and the Columns chooser, each side of the data columns. */
export const EDGE_WIDTH = 36
export const MIN_COLUMN = 48
export const TITLE_MIN = 160
/** The title's least share of the pane: it is what the archivist reads first. */
export const TITLE_SHARE = 0.4

export interface Fitted {
  /** Shown width per column key, the title included. */
  widths: Record<string, number>
  /** Columns left out for now: the pane cannot show them even at their narrowest (the rightmost go first). */
  dropped: string[]
  /** How much the other columns were narrowed to fit (1: at their chosen widths). */
  scale: number
}

/**
 * Shares the grid's width between its columns: the title takes whatever the others leave
 * (they keep the widths the archivist chose); when the pane is too narrow for that, the others
 * narrow in proportion, down to MIN_COLUMN, before the title goes below TITLE_MIN. Only a pane
 * narrower than all the minimums scrolls sideways.
 */
export function fitColumns(available: number, all: readonly { key: string; width: number; min?: number }[], titleKey = 'title'): Fitted {
  const space = Math.max(0, available - 2 * EDGE_WIDTH)
  const minOf = (c: { width: number; min?: number }): number => Math.min(c.width, c.min ?? MIN_COLUMN)
  const columns = [...all]
  const dropped: string[] = []
  const titleRoom = all.some((c) => c.key === titleKey) ? Math.max(TITLE_MIN, Math.floor(space * TITLE_SHARE)) : 0
  // A column squeezed below what its values need shows nothing useful: leave the rightmost out instead.
  while (available > 0 && columns.filter((c) => c.key !== titleKey).length > 1 && titleRoom + columns.filter((c) => c.key !== titleKey).reduce((sum, c) => sum + minOf(c), 0) > space) {
    const last = columns.map((c) => c.key).lastIndexOf(columns.filter((c) => c.key !== titleKey).at(-1)!.key)
    dropped.unshift(columns[last]!.key)
    columns.splice(last, 1)
  }
  const others = columns.filter((c) => c.key !== titleKey)
  const wanted = others.reduce((sum, c) => sum + c.width, 0)
  const hasTitle = columns.some((c) => c.key === titleKey)
  const titleMin = hasTitle ? titleRoom : 0
  const widths: Record<string, number> = {}
  let scale = 1
  if (space - wanted < titleMin && wanted > 0) {
    // Columns that would go below the minimum are held there; the rest share what is left.
    let free = space - titleMin
    let flexible = [...others]
    for (;;) {
      scale = Math.max(0, free / flexible.reduce((sum, c) => sum + c.width, 0))
      const pinned = flexible.filter((c) => c.width * scale < minOf(c))
      if (pinned.length === 0 || pinned.length === flexible.length) break
      for (const c of pinned) widths[c.key] = minOf(c)
      free -= pinned.reduce((sum, c) => sum + minOf(c), 0)
      flexible = flexible.filter((c) => !pinned.includes(c))
    }
  }
  let used = 0
  for (const c of others) {
    widths[c.key] ??= Math.max(minOf(c), Math.floor(c.width * scale))
    used += widths[c.key]!
  }
  if (hasTitle) widths[titleKey] = Math.max(titleMin, space - used)
  else if (others.length > 0 && space > used) widths[others[others.length - 1]!.key]! += space - used
  return { widths, scale, dropped }
}
