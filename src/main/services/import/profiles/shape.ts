/**
 * A listing page's shape, and how alike two shapes are: what tells that a new page comes from the
 * source a profile was taught on. Built from what survives a change of content (next month's page
 * has other events): the pattern of line roles, the separators, the labels and column headers.
 */

import type { PageShape } from '../../../../shared/contracts/profiles'
import { labelOf } from '../../../../shared/readingInstructions'
import { guessPageLanguages, numericOrderOfPage, type FindOptions } from '../dates'
import { analyseLine, splitLines, type LineInfo } from '../text/lines'

/** Enough lines to know a page's shape; a long page is not read to the end for it. */
const SHAPE_LINES = 400
const MAX_WORDS = 40
const SEPARATORS: Record<string, RegExp> = {
  pipe: /\|/,
  tab: /\t/,
  bullet: /[•·]|&bull;/,
  dash: /\s[-–—]\s/,
  emdash: /\S—\S/,
  semicolon: /;/,
  colon: /^[^:]{1,40}:\s/
}

/**
 * One letter a non-blank line: `D` nothing but a date, `d` starts with a date, `m` a date inside,
 * `h` a heading, `l` a labelled line, `t` other text. How long a line is says little (next month's
 * titles are longer or shorter), so it is left out.
 */
function roleLetter(line: LineInfo): string {
  if (line.dateOnly !== null) return 'D'
  const first = line.dates[0]
  if (first !== undefined) return first.index <= 2 ? 'd' : 'm'
  if (line.heading) return 'h'
  if (labelOf(line.text) !== null) return 'l'
  return 't'
}

/** The source's name without what changes from one page to the next: numbers, dates, the extension. */
export function sourceNameOf(fileName: string | null | undefined): string | null {
  if (fileName === null || fileName === undefined || fileName.trim() === '') return null
  const url = /^https?:\/\/([^/?#]+)/i.exec(fileName.trim())
  if (url !== null) return (url[1] as string).toLowerCase().replace(/^www\./, '')
  const base = fileName.split(/[\\/]/).pop() as string
  const stem = base
    .replace(/\.[a-z0-9]{1,5}$/i, '')
    .toLowerCase()
    .replace(/\d+/g, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim()
  return stem === '' ? null : stem
}

/** The words a page uses as labels (`Start:`, `장소:`) or table headers: the same on every page of a source. */
function labelWords(lines: readonly LineInfo[]): string[] {
  const counts = new Map<string, number>()
  for (const line of lines) {
    const label = labelOf(line.text)
    if (label !== null) counts.set(label.toLowerCase(), (counts.get(label.toLowerCase()) ?? 0) + 1)
    if (line.text.includes('|') || line.raw.includes('\t')) {
      for (const cell of line.text.split(/[|\t]/)) {
        const word = cell.replace(/[*_`]/g, '').trim().toLowerCase()
        if (word !== '' && word.length <= 30 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1)
      }
    }
  }
  // A word that comes back is a label of the layout; one seen once may be an event's own.
  const repeated = [...counts].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return repeated.slice(0, MAX_WORDS).map(([word]) => word)
}

export function pageShapeOf(text: string, fileName?: string | null): PageShape {
  const rawLines = splitLines(text.replace(/^\ufeff/, '')).slice(0, SHAPE_LINES)
  const options: FindOptions = { languages: guessPageLanguages(rawLines), partial: true }
  const order = numericOrderOfPage(rawLines)
  if (order !== null) options.numericOrder = order
  const lines = rawLines.map((raw, i) => analyseLine(raw, i + 1, options)).filter((line) => line.text !== '')
  const separators: Record<string, number> = {}
  for (const [name, pattern] of Object.entries(SEPARATORS)) {
    const share = lines.length === 0 ? 0 : lines.filter((line) => pattern.test(line.raw)).length / lines.length
    if (share > 0) separators[name] = Math.round(share * 100) / 100
  }
  return { roles: lines.map(roleLetter).join('').slice(0, 2000), separators, words: labelWords(lines), source: sourceNameOf(fileName) }
}

function trigrams(roles: string): Map<string, number> {
  const grams = new Map<string, number>()
  const padded = `^${roles}$`
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3)
    grams.set(gram, (grams.get(gram) ?? 0) + 1)
  }
  return grams
}

/** Cosine of the two pages' role trigram counts: the same repeating pattern scores near 1, whatever the length. */
function rolesAlike(a: string, b: string): number {
  const left = trigrams(a)
  const right = trigrams(b)
  let dot = 0
  let normLeft = 0
  let normRight = 0
  for (const [gram, n] of left) {
    dot += n * (right.get(gram) ?? 0)
    normLeft += n * n
  }
  for (const n of right.values()) normRight += n * n
  return normLeft === 0 || normRight === 0 ? 0 : dot / Math.sqrt(normLeft * normRight)
}

function separatorsAlike(a: Record<string, number>, b: Record<string, number>): number {
  const names = Object.keys(SEPARATORS)
  const difference = names.reduce((sum, name) => sum + Math.abs((a[name] ?? 0) - (b[name] ?? 0)), 0)
  return 1 - difference / names.length
}

function wordsAlike(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1
  const right = new Set(b)
  const shared = a.filter((word) => right.has(word)).length
  return shared / (a.length + b.length - shared)
}

/**
 * How alike two page shapes are, 0..1. The role pattern weighs most; the source's name counts
 * only when both pages have one (a pasted page has none, and is judged by its shape alone).
 */
export function shapeSimilarity(a: PageShape, b: PageShape): number {
  const parts: [number, number][] = [
    [0.5, rolesAlike(a.roles, b.roles)],
    [0.2, separatorsAlike(a.separators, b.separators)],
    [0.3, wordsAlike(a.words, b.words)]
  ]
  if (a.source !== null && b.source !== null) parts.push([0.25, a.source === b.source ? 1 : 0])
  const weight = parts.reduce((sum, [w]) => sum + w, 0)
  return Math.round((parts.reduce((sum, [w, value]) => sum + w * value, 0) / weight) * 1000) / 1000
}

/** A page matches a profile from this likeness on. */
export const PROFILE_MATCH_THRESHOLD = 0.8
