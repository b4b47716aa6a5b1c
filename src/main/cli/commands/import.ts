import { basename } from 'node:path'
import type { CommandContext, CommandRun } from '../command'
import { withSession } from './base'
import { AppError } from '../../../shared/errors'
import { describeIssues } from '../../../shared/validation'
import { IMPORT_FORMATS, ImportRecordSchema, importRecordOf, type ImportFormat, type ImportPreview, type ImportRecord } from '../../../shared/contracts/import'
import { MAX_INPUT_BYTES, parseInput, ParseError } from '../../services/import'
import { readCapped, readFileCapped } from '../readCapped'
import { parseReport } from '../../services/import/pipeline/parseReport'
import { startPreview } from '../../services/import/pipeline/preview'
import { parseInstructions, previewProfileChoice, readInstructionsFile } from './profiles'
import { runStreamedImport, streamableCsv } from './importStreamed'

interface Input {
  bytes: Uint8Array
  /** For messages and the batch; null for standard input. */
  fileName: string | null
}

/** FILE, or `-` for standard input; a missing or unreadable file is named in the message. */
async function readInput(context: CommandContext): Promise<Input> {
  const usage = context.usage
  const [path, extra] = context.positionals
  if (path === undefined) throw new AppError('INVALID_ARGUMENT', `name the file to read (or - for standard input). Usage: ${usage}`)
  if (extra !== undefined) throw new AppError('INVALID_ARGUMENT', `one file at a time, not '${extra}' too. Usage: ${usage}`)
  if (path === '-') return { bytes: await readCapped(process.stdin, MAX_INPUT_BYTES, 'standard input'), fileName: null }
  try {
    return { bytes: await readFileCapped(path, MAX_INPUT_BYTES), fileName: basename(path) }
  } catch (error) {
    if (error instanceof AppError) throw error
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (error as Error).message
    throw new AppError('INVALID_ARGUMENT', `cannot read ${path}: ${why}`)
  }
}

function formatOption(context: CommandContext): ImportFormat {
  const value = context.values.format
  if (value === undefined) return 'auto'
  if (typeof value === 'string' && (IMPORT_FORMATS as readonly string[]).includes(value)) return value as ImportFormat
  throw new AppError('INVALID_ARGUMENT', `--format must be one of ${IMPORT_FORMATS.join(', ')}, not '${String(value)}'`)
}

/** Never guessed from the clock: without --year, dates without a year stay empty and say so. */
function yearOption(context: CommandContext): number | null {
  const value = context.values.year
  if (value === undefined) return null
  if (typeof value === 'string' && /^\d{4}$/.test(value) && Number(value) >= 1000) return Number(value)
  throw new AppError('INVALID_ARGUMENT', `--year takes a four-digit year such as 2018, not '${String(value)}'`)
}

const named = (input: Input, message: string): string => `${input.fileName ?? 'standard input'}: ${message}`

/** `curate parse`: reads and prints, touching no database. */
export const runParse: CommandRun = async (context) => {
  const input = await readInput(context)
  const format = formatOption(context)
  const year = yearOption(context)
  const { instructions, profile } = await parseInstructions(context)
  if (profile !== null) context.err(`note: read as '${profile.name}' (${profile.instructions.length} instruction${profile.instructions.length === 1 ? '' : 's'})`)
  let report
  let notices: string[]
  try {
    const result = parseInput(input.bytes, { format, fileName: input.fileName ?? undefined, year: year ?? undefined, ...(instructions.length > 0 ? { instructions } : {}) })
    report = parseReport(result)
    notices = result.notices
  } catch (error) {
    if (error instanceof ParseError) throw new AppError('PARSE_ERROR', named(input, error.message))
    throw error
  }
  for (const notice of notices) context.err(`note: ${notice}`)
  if (context.values.json) {
    context.out(JSON.stringify(report, null, 2))
    return 0
  }
  for (const r of report.records) {
    const dates = r.startDate === r.endDate ? (r.startDate ?? 'no date') : `${r.startDate ?? '?'}..${r.endDate ?? '?'}`
    const warnings = r.warnings.length > 0 ? `  [${r.warnings.join('; ')}]` : ''
    context.out(`${String(r.sourceLine).padStart(6)}  ${dates.padEnd(21)}  ${r.title}${r.place ? ` — ${r.place}` : ''}${warnings}`)
  }
  for (const s of report.skipped) context.out(`${String(s.line).padStart(6)}  skipped (${s.reason}): ${s.text}`)
  const count = (n: number, one: string): string => `${n} ${one}${n === 1 ? '' : 's'}`
  context.out(`${count(report.records.length, 'record')}, ${count(report.skipped.length, 'line')} skipped`)
  return 0
}

/** Records the collection would refuse (no title, a date out of order) are left out and named by line. */
function validRecords(preview: ImportPreview, skipDuplicates: boolean, context: CommandContext, input: Input): { records: ImportRecord[]; invalid: number } {
  const records: ImportRecord[] = []
  let invalid = 0
  for (const record of preview.records) {
    const candidate = importRecordOf(record, skipDuplicates ? 'skip' : 'keep')
    const checked = ImportRecordSchema.safeParse(candidate)
    if (checked.success) records.push(candidate)
    else {
      invalid++
      context.err(named(input, `line ${record.sourceLine}: left out: ${describeIssues(checked.error.issues).message}`))
    }
  }
  return { records, invalid }
}

/** `curate import`: one undoable batch. */
export const runImport: CommandRun = async (context) => {
  const format = formatOption(context)
  const year = yearOption(context)
  // A CSV file in UTF-8 is read as a stream, with no size limit (importStreamed.ts).
  const streamable = context.positionals.length === 1 ? streamableCsv(context.positionals[0], format) : null
  if (streamable !== null) return runStreamedImport(context, streamable, year)
  const input = await readInput(context)
  return withSession(context, async (session) => {
    const instructions = typeof context.values.instructions === 'string' ? readInstructionsFile(context.values.instructions) : []
    const profile = await previewProfileChoice(session, context)
    const started = startPreview(session.services.db, session.services.jobs, { input: input.bytes, fileName: input.fileName, format, year, columnMap: null, instructions, profile }, session.services.log)
    const job = await session.services.jobs.wait(started.id)
    if (job.state !== 'done') throw new AppError(job.error?.code ?? 'INTERNAL', named(input, job.error?.message ?? job.message))
    const preview = job.result as ImportPreview
    if (preview.profile !== null) {
      const earlier = preview.profile.uses === 1 ? '1 earlier import' : `${preview.profile.uses} earlier imports`
      context.err(`note: read as '${preview.profile.name}', from ${earlier} (--profile none reads without it)`)
    }
    for (const notice of preview.notices) context.err(`note: ${notice}`)
    const skipDuplicates = context.values['skip-duplicates'] === true
    const { records, invalid } = validRecords(preview, skipDuplicates, context, input)
    if (records.length === 0) throw new AppError('PARSE_ERROR', named(input, 'no record can be imported; nothing was written'))
    const result = await session.call('import:commit', {
      source: { fileName: input.fileName, sha256: preview.sha256, format: preview.format, skippedLines: preview.skipped.length + invalid, profileId: preview.profile?.id ?? null },
      records
    })
    context.out(result.summary)
    if (preview.duplicates > 0 && !skipDuplicates) {
      context.err(`note: ${preview.duplicates} of them look like records already in the collection; kept (see Duplicates, or use --skip-duplicates)`)
    }
  })
}
