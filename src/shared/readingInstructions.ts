/**
 * Instructions that correct how the listing reader reads a page ("teach the reader"): the
 * archivist points at a line or a column once, and the whole page, and later pages of the same
 * shape, are read that way. An instruction names lines by what they look like, never by their
 * number, so it still applies to a page nobody has seen yet.
 */
import { z } from 'zod'

export const READING_ROLES = ['title', 'date', 'place', 'description', 'heading', 'ignore'] as const
export type ReadingRole = (typeof READING_ROLES)[number]
export const TITLE_ENDS = ['bracket', 'sentence', 'separator'] as const
export type TitleEnd = (typeof TITLE_ENDS)[number]

/**
 * Which lines an instruction is about, by what they look like:
 * - `label`: lines that start with this label and a colon (`Start:`, `GPS:`, `Lieu :`);
 * - `text`: lines that read exactly this (case and spacing aside), such as a repeated `Event Venue`;
 * - `shape`: lines of this shape (see lineShape: `00:00` and `19:30` are both `9:9`);
 * - `afterDate`: the line that follows a date line (1 = the next one).
 */
export const LineMatchSchema = z.discriminatedUnion('by', [
  z.strictObject({ by: z.literal('label'), label: z.string().trim().min(1).max(40) }),
  z.strictObject({ by: z.literal('text'), text: z.string().trim().min(1).max(300) }),
  z.strictObject({ by: z.literal('shape'), shape: z.string().min(1).max(120) }),
  z.strictObject({ by: z.literal('afterDate'), offset: z.number().int().min(1).max(5) })
])
export type LineMatch = z.infer<typeof LineMatchSchema>

export const ReadingInstructionSchema = z.discriminatedUnion('kind', [
  /** Lines like these have this role on the page. */
  z.strictObject({ kind: z.literal('lineRole'), lines: LineMatchSchema, role: z.enum(READING_ROLES) }),
  /**
   * A column has this role: a table's cell, or a field of a one-line event cut at its separators
   * (`|`, ` – `, `•`, `;`); counted from 0 at the left, or from -1 at the right.
   */
  z.strictObject({ kind: z.literal('columnRole'), column: z.number().int().min(-20).max(49), role: z.enum(READING_ROLES) }),
  /** Lines like these are headings whose year holds for the lines under them. */
  z.strictObject({ kind: z.literal('headingSetsYear'), lines: LineMatchSchema }),
  /** The line after each date line is the event's place. */
  z.strictObject({ kind: z.literal('placeAfterDate') }),
  /**
   * Titles end before a bracket, at the end of their first sentence, or before a separator
   * (` – `, ` | `, ` - `): what follows is kept in the notes. The instruction a title corrected
   * the same way on several records of a preview turns into.
   */
  z.strictObject({ kind: z.literal('titleEnds'), before: z.enum(TITLE_ENDS) })
])
export type ReadingInstruction = z.infer<typeof ReadingInstructionSchema>

export const MAX_INSTRUCTIONS = 50
export const ReadingInstructionsSchema = z.array(ReadingInstructionSchema).max(MAX_INSTRUCTIONS)

const LABEL = /^\s*([^:：\d]{1,40}?)\s*[:：]/

/** The label a line starts with (`Start: 21/10/2024` -> `Start`), if any. */
export function labelOf(text: string): string | null {
  const match = LABEL.exec(text)
  if (match === null) return null
  const label = (match[1] as string).replace(/[*_`#>-]/g, '').trim()
  return label === '' || label.split(/\s+/).length > 4 ? null : label
}

/**
 * A line's shape: runs of letters become `a`, runs of digits `9`, blanks one space, and
 * punctuation stays (`Start: 21/10/2024` -> `a: 9/9/9`; `19:30h.` -> `9:9a.`). Long lines are
 * cut, so a shape names a kind of short line (a time, a label, a rule), not a sentence.
 */
export function lineShape(text: string): string {
  return text
    .trim()
    .replace(/\p{L}+/gu, 'a')
    .replace(/\p{N}+/gu, '9')
    .replace(/\s+/g, ' ')
    .slice(0, 120)
}

function fold(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** True when a line's text is one `match` names (`afterDate` is decided by position, by the reader). */
export function lineMatches(match: LineMatch, text: string): boolean {
  if (text.trim() === '') return false
  switch (match.by) {
    case 'label':
      return fold(labelOf(text) ?? '') === fold(match.label)
    case 'text':
      return fold(text) === fold(match.text)
    case 'shape':
      return lineShape(text) === match.shape
    case 'afterDate':
      return false
  }
}

/** The matcher the UI offers for a line: its label if it has one, else its text. */
export function matchForLine(text: string): LineMatch {
  const label = labelOf(text)
  if (label !== null) return { by: 'label', label }
  return { by: 'text', text: text.trim().slice(0, 300) }
}

const ROLE_WORDS: Record<ReadingRole, string> = {
  title: 'the title',
  date: 'the date',
  place: 'the place',
  description: 'a description',
  heading: 'a heading',
  ignore: 'ignored'
}

function describeMatch(match: LineMatch): string {
  switch (match.by) {
    case 'label':
      return `lines labelled '${match.label}:'`
    case 'text':
      return `lines reading '${match.text.length > 40 ? `${match.text.slice(0, 40)}…` : match.text}'`
    case 'shape':
      return `lines shaped '${match.shape}'`
    case 'afterDate':
      return match.offset === 1 ? 'the line after each date' : `the line ${match.offset} after each date`
  }
}

/** One sentence per instruction, for the preview, the CLI and a profile's listing. */
export function describeInstruction(instruction: ReadingInstruction): string {
  switch (instruction.kind) {
    case 'lineRole':
      return `${describeMatch(instruction.lines)}: ${instruction.role === 'ignore' ? 'ignored' : `read as ${ROLE_WORDS[instruction.role]}`}`
    case 'columnRole': {
      const column = instruction.column >= 0 ? `column ${instruction.column + 1}` : instruction.column === -1 ? 'the last column' : `column ${-instruction.column} from the right`
      return `${column}: ${instruction.role === 'ignore' ? 'ignored' : `read as ${ROLE_WORDS[instruction.role]}`}`
    }
    case 'headingSetsYear':
      return `${describeMatch(instruction.lines)} set the year of the lines under them`
    case 'placeAfterDate':
      return 'the line after each date is the place'
    case 'titleEnds':
      return instruction.before === 'bracket' ? 'titles end before a bracket' : instruction.before === 'sentence' ? 'titles end with their first sentence' : 'titles end before a separator ( – , | )'
  }
}

const TITLE_CUTS: Record<TitleEnd, RegExp> = {
  bracket: /\s*[([]/,
  sentence: /(?<=\p{Ll}{2}|[)”"»])[.!?]\s+(?=\S)/u,
  separator: /\s+[|–—-]\s+|\s*\|\s*/
}

/** A title cut where the instruction says it ends: the title and the rest (null when there is nothing to cut). */
export function cutTitle(title: string, before: TitleEnd): { title: string; rest: string } | null {
  const match = TITLE_CUTS[before].exec(title)
  // A cut that would leave too little (`(Re)opening`) is no end of a title.
  if (match === null || match.index < 3) return null
  const rest = title.slice(match.index).replace(/^[\s.!?|–—-]+/, '').trim()
  return rest === '' ? null : { title: title.slice(0, match.index).trim(), rest }
}
