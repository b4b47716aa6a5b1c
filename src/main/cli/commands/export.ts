import { once } from 'node:events'
import { createReadStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CommandContext, CommandRun } from '../command'
import type { CliSession } from '../session'
import { withSession } from './base'
import {
  EXPORT_FORMAT_IDS,
  type ExportColumn,
  type ExportFormatId,
  type ExportOutcome,
  type ExportScope
} from '../../../shared/contracts/export'
import { isIsoPartialDate } from '../../../shared/dates'
import { AppError } from '../../../shared/errors'
import type { RecordFilters } from '../../../shared/query'


const text = (context: CommandContext, name: string): string | undefined => {
  const value = context.values[name]
  return typeof value === 'string' ? value : undefined
}

const list = (value: string | undefined): string[] | undefined =>
  value === undefined ? undefined : value.split(',').map((part) => part.trim()).filter((part) => part !== '')

/** Checked here as well as by the contract, to name the option rather than the contract's field path. */
function checkScopeOptions(countries: string[] | undefined, dates: Record<'from' | 'to', string | undefined>): void {
  const badCode = countries?.find((code) => !/^[A-Za-z]{2}$/.test(code))
  if (badCode !== undefined) throw new AppError('INVALID_ARGUMENT', `--country takes two-letter codes such as CH or CH,FR, not '${badCode}'`)
  for (const [name, value] of Object.entries(dates)) {
    if (value !== undefined && !isIsoPartialDate(value)) {
      throw new AppError('INVALID_ARGUMENT', `--${name} takes a date such as 2015-10-29, 2015-10 or 2015, not '${value}'`)
    }
  }
}

/** The same scope the records view offers: all active records, or a search with filters. */
function scopeFrom(context: CommandContext): ExportScope {
  const search = text(context, 'search')
  const countries = list(text(context, 'country'))
  const tag = text(context, 'tag')
  const from = text(context, 'from')
  const to = text(context, 'to')
  checkScopeOptions(countries, { from, to })
  if (search === undefined && !countries && tag === undefined && from === undefined && to === undefined) return { kind: 'all' }
  const filters: RecordFilters = {}
  if (countries) filters.countryCodes = countries.map((code) => code.toUpperCase())
  if (tag !== undefined) filters.tags = [tag]
  return {
    kind: 'search',
    scope: { search, filters },
    ...(from !== undefined || to !== undefined ? { startDates: { from, to } } : {})
  }
}

function formatFrom(context: CommandContext): ExportFormatId {
  const format = text(context, 'format')
  if (format === undefined) throw new AppError('INVALID_ARGUMENT', `--format is required: one of ${EXPORT_FORMAT_IDS.join(', ')}`)
  if (!(EXPORT_FORMAT_IDS as readonly string[]).includes(format)) {
    throw new AppError('INVALID_ARGUMENT', `--format must be one of ${EXPORT_FORMAT_IDS.join(', ')}, not '${format}'`)
  }
  return format as ExportFormatId
}

/** Runs the export job through the contract (same validation as the app) and waits for it. */
async function runExport(session: CliSession, context: CommandContext, format: ExportFormatId, path: string): Promise<ExportOutcome> {
  const started = await session.call('export:start', {
    format,
    scope: scopeFrom(context),
    columns: list(text(context, 'columns')) as ExportColumn[] | undefined,
    bom: context.values.bom === true ? true : undefined,
    formulaGuard: context.values['keep-formulas'] === true ? false : undefined,
    tagSeparator: text(context, 'tag-separator'),
    destination: { kind: 'file', path, overwrite: context.values.force === true }
  })
  const job = await session.services.jobs.wait(started.id)
  if (job.state !== 'done') throw new AppError(job.error?.code ?? 'INTERNAL', job.error?.message ?? job.message)
  return job.result as ExportOutcome
}

/** Streams a finished file to standard output, respecting back-pressure. */
async function copyToStdout(path: string): Promise<void> {
  for await (const chunk of createReadStream(path)) {
    if (!process.stdout.write(chunk as Buffer)) await once(process.stdout, 'drain')
  }
}

function describeOutcome(outcome: ExportOutcome): string {
  const noun = outcome.count === 1 ? 'record' : 'records'
  const size = outcome.bytes < 10_240 ? `${outcome.bytes} bytes` : `${Math.round(outcome.bytes / 1024).toLocaleString('en')} KB`
  return `Exported ${outcome.count.toLocaleString('en')} ${noun} to ${outcome.path} (${size})`
}

function skippedNote(outcome: ExportOutcome): string | null {
  if (outcome.skipped === 0) return null
  return `${outcome.skipped} record(s) without a usable start date were left out of the calendar`
}

/** `curate export`. */
export const runExportCommand: CommandRun = (context) => {
  const format = formatFrom(context)
  const out = text(context, 'out')
  if (out === undefined && format === 'sqlite') {
    throw new AppError('INVALID_ARGUMENT', 'a SQLite export is a database file: name it with --out FILE')
  }
  return withSession(context, async (session) => {
    if (out !== undefined) {
      const outcome = await runExport(session, context, format, resolve(out))
      context.out(describeOutcome(outcome))
      const note = skippedNote(outcome)
      if (note) context.err(note)
      return
    }
    // Standard output gets a finished file too, so a failure midway never prints half an export.
    const folder = mkdtempSync(join(tmpdir(), 'curate-export-'))
    try {
      const outcome = await runExport(session, context, format, join(folder, `export.${format}`))
      await copyToStdout(join(folder, `export.${format}`))
      const note = skippedNote(outcome)
      if (note) context.err(note)
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
}
