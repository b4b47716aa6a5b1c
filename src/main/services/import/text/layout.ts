/** Which of the known layouts a listing uses, judged from all its lines at once. */

import type { LineInfo } from './lines'

export type Layout = { kind: 'blocks' } | { kind: 'oneLine' } | { kind: 'table'; separator: '\t' | '|' }

const PIPE_CELLS = /\S\s*\|\s*\S/

export function detectLayout(lines: LineInfo[]): Layout {
  let nonBlank = 0
  let tabbed = 0
  let piped = 0
  let dateOnly = 0
  let dateInside = 0
  for (const line of lines) {
    if (line.text === '') continue
    nonBlank++
    if (line.raw.includes('\t') && line.text.split('\t').length >= 2) tabbed++
    if (line.text.includes('|') && PIPE_CELLS.test(line.text) && line.text.split('|').length >= 3) piped++
    if (line.dateOnly !== null) dateOnly++
    else if (line.dates.length > 0) dateInside++
  }
  // A table: most lines have cells. Two-cell pipe lines are also one-line listings, so pipes need three.
  if (tabbed >= nonBlank * 0.6 && tabbed >= 2) return { kind: 'table', separator: '\t' }
  if (piped >= nonBlank * 0.6 && piped >= 2) return { kind: 'table', separator: '|' }
  if (dateInside > dateOnly) return { kind: 'oneLine' }
  return { kind: 'blocks' }
}
