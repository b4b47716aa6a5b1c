/**
 * Markdown front matter (`---` … `---` at the top of a page, as static-site generators write):
 * not events, but its `title:` often gives the page's year ("title: 2019 travel"), while its
 * `date:` is when the post was written, not when the events are, so it is never used.
 */

const FENCE = /^---\s*$/
const TITLE = /^title\s*:\s*["']?(.*?)["']?\s*$/i
const MAX_FRONT_MATTER_LINES = 60

export interface FrontMatter {
  /** 0-based index of the closing fence. */
  lastLine: number
  title: string | null
}

export function readFrontMatter(lines: readonly string[]): FrontMatter | null {
  let first = 0
  while (first < lines.length && (lines[first] as string).trim() === '') first++
  if (first >= lines.length || !FENCE.test(lines[first] as string)) return null
  let title: string | null = null
  const limit = Math.min(lines.length, first + MAX_FRONT_MATTER_LINES)
  for (let i = first + 1; i < limit; i++) {
    const line = lines[i] as string
    if (FENCE.test(line)) return { lastLine: i, title }
    const match = TITLE.exec(line)
    if (match !== null && title === null) title = (match[1] as string).trim()
  }
  return null
}
