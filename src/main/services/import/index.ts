import { csvSteps } from './csv'
import { assertInputSize, assertReadableText, countNonBlankLines, decodeInput, detectFormat } from './input'
import { delimiterFromExtension } from './input/detectFormat'
import { assertLineLengths, MAX_LINE_CHARS } from './input/lineLength'
import { jsonSteps } from './json'
import { listingTextSteps } from './text'
import { chooseReading } from './profiles/choose'
import { parseDateText } from './dates'
import { runSteps, type ParseSteps } from './steps'
import { ParseError, type ParseOptions, type ParseResult } from './types'

export { detectFormat, decodeInput, MAX_INPUT_BYTES } from './input'
export type { InputFormat } from './input'
export { parseCsv, FIELD_SYNONYMS, CSV_FIELDS, mapColumns } from './csv'
export { parseRecordsJson } from './json'
export { ParseError } from './types'
export { CancelledError } from './input/cancelled'
export type { ParseSteps } from './steps'
export type { ParseOptions, ParseResult, ParsedRecord, SkippedLine } from './types'

export type ParseInputOptions = ParseOptions & {
  format?: 'auto' | 'text' | 'csv' | 'json'
  /** Used for the extension (format and delimiter hints) and in notices. */
  fileName?: string
}

/** Lines probed for dates when listing text yields nothing, to say which problem it is. */
const DATE_PROBE_LINES = 5000

/**
 * The one entry point for importing: decodes bytes (or takes text as is), picks the
 * importer by option, extension or content, and returns its result with the decoding
 * notices first. Throws ParseError for input that cannot be read at all.
 */
export function parseInput(input: Uint8Array | string, options: ParseInputOptions = {}): ParseResult {
  return runSteps(parseInputSteps(input, options), options.onProgress)
}

/** parseInput in slices (see ./steps), for callers that yield to the event loop between them. */
export function* parseInputSteps(input: Uint8Array | string, options: Omit<ParseInputOptions, 'onProgress'> = {}): ParseSteps<ParseResult> {
  const { format = 'auto', fileName, ...parseOptions } = options
  const { text, notices } = readText(input, fileName)
  const chosen = format === 'auto' ? detectFormat(text, fileName) : format

  let result: ParseResult
  switch (chosen) {
    case 'json':
      result = yield* jsonSteps(text)
      break
    case 'csv': {
      assertLineLengths(text, MAX_LINE_CHARS.csv, 'CSV')
      const delimiter = delimiterFromExtension(fileName)
      result = yield* csvSteps(text, delimiter === undefined ? parseOptions : { ...parseOptions, delimiter })
      break
    }
    case 'text': {
      assertLineLengths(text, MAX_LINE_CHARS.text, 'listing')
      const { profiles, profile = 'auto', ...textOptions } = parseOptions
      const reading = profiles === undefined ? undefined : chooseReading(text, fileName, profiles, profile)
      const instructions = [...(reading?.profileInstructions ?? []), ...(textOptions.instructions ?? [])]
      result = yield* listingTextSteps(text, { ...textOptions, instructions })
      if (result.records.length === 0) throw noEventsError(text)
      if (reading !== undefined) result.reading = reading
      break
    }
  }
  return { ...result, notices: [...notices, ...result.notices] }
}

function readText(input: Uint8Array | string, fileName: string | undefined): { text: string; notices: string[] } {
  if (typeof input !== 'string') {
    const { text, notices } = decodeInput(input, fileName)
    return { text, notices }
  }
  // Pasted text is already decoded; it gets the same limits, counted in characters.
  assertInputSize(input.length, 'characters')
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  assertReadableText(text)
  return { text, notices: [] }
}

/** Names up to five line numbers: "line 3", "lines 3, 7 and 12", "lines 3, 7, 12, 15, 20 and 4 more". */
function nameLines(numbers: number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]}`
  const shown = numbers.slice(0, 5)
  const more = numbers.length - shown.length
  if (more > 0) return `lines ${shown.join(', ')} and ${more} more`
  return `lines ${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`
}

function noEventsError(text: string): ParseError {
  const total = countNonBlankLines(text)
  const datedLines: number[] = []
  text.split(/\r\n|\r|\n/).slice(0, DATE_PROBE_LINES).forEach((line, index) => {
    if (line.trim() !== '' && parseDateText(line) !== null) datedLines.push(index + 1)
  })
  if (datedLines.length === 0) {
    const what = total === 1 ? 'the one line has no date' : `none of the ${total} lines has a date`
    return new ParseError(`no events found: ${what}. Each event needs a date such as '12 May 2010' or 2010-05-12`)
  }
  return new ParseError(
    `no events found: ${datedLines.length} of the ${total} lines have a date (${nameLines(datedLines)}), but no event could be read around them`
  )
}
