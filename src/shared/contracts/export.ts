import { z } from 'zod'
import type { EventRecord } from '../record'
import { RecordScopeSchema } from '../query'
import { isoDate } from '../validation'
import type { JobInfo } from './jobs'

/** The export capability's methods: argument schemas here, result types in ExportResults. */

export const EXPORT_FORMAT_IDS = ['csv', 'json', 'jsonld', 'ics', 'sqlite'] as const
export type ExportFormatId = (typeof EXPORT_FORMAT_IDS)[number]

/**
 * Every EventRecord field, in the order of the shared type: the columns a CSV may hold.
 * `satisfies` plus the check below make the compiler complain when EventRecord gains a field.
 */
export const EXPORT_COLUMNS = [
  'id', 'uid', 'title', 'startDate', 'endDate', 'dateText', 'place', 'city', 'country', 'countryCode', 'notes', 'tags',
  'status', 'warnings', 'confidence', 'batchId', 'sourceFile', 'sourceLine', 'sourceText', 'mergedInto', 'deletedAt',
  'createdAt', 'updatedAt', 'version'
] as const satisfies readonly (keyof EventRecord)[]
export type ExportColumn = (typeof EXPORT_COLUMNS)[number]
type MissingColumn = Exclude<keyof EventRecord, ExportColumn>
// If this line fails to compile, add the missing field(s) named in the error to EXPORT_COLUMNS.
export const EXPORT_COLUMNS_ARE_COMPLETE: MissingColumn extends never ? true : MissingColumn = true

/** The columns an archivist usually wants, in reading order; bookkeeping fields are opt-in. */
export const DEFAULT_EXPORT_COLUMNS = [
  'id', 'uid', 'title', 'startDate', 'endDate', 'dateText', 'place', 'city', 'country', 'countryCode', 'tags', 'notes',
  'sourceFile', 'sourceLine'
] as const satisfies readonly ExportColumn[]

/** Joins tags into one CSV cell (and one SQLite column) unless the archivist picks another separator. */
export const DEFAULT_EXPORT_TAG_SEPARATOR = '; '

const id = z.number().int().positive()

/** Trash and merged-away records are never exported, so a search scope may only name the active collection. */
const ActiveScopeSchema = RecordScopeSchema.extend({
  status: z.literal('active', { message: 'the trash is never exported' }).optional()
})

/**
 * Bounds on the start date, finer than the year filters (the CLI's --from/--to). Partial dates
 * bound by their span: from 2015-03 starts on 1 March, to 2015-03 ends on 31 March.
 */
const StartDatesSchema = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() })

export const ExportScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('search'), scope: ActiveScopeSchema, startDates: StartDatesSchema.optional() }),
  z.strictObject({ kind: z.literal('selection'), ids: z.array(id).min(1, { message: 'choose at least one record' }).max(1_000_000) })
])
export type ExportScope = z.infer<typeof ExportScopeSchema>

const noDuplicates = (columns: readonly string[]): boolean => new Set(columns).size === columns.length

/** Options that shape the file; columns, BOM and separator matter for CSV (separator also for SQLite). */
const exportOptionsShape = {
  columns: z
    .array(z.enum(EXPORT_COLUMNS, { error: (issue) => `'${String(issue.input)}' is not a column; the columns are ${EXPORT_COLUMNS.join(', ')}` }))
    .min(1, { message: 'choose at least one column' })
    .max(EXPORT_COLUMNS.length)
    .refine(noDuplicates, { message: 'a column is listed twice' })
    .optional(),
  bom: z.boolean().optional(),
  /** CSV: cells that a spreadsheet could run as a formula get a leading apostrophe (default on). */
  formulaGuard: z.boolean().optional(),
  tagSeparator: z
    .string()
    .min(1, { message: 'the tag separator cannot be empty' })
    .max(10)
    .refine((text) => !/[\p{Cc}]/u.test(text), { message: 'the tag separator cannot hold line breaks or control characters' })
    .optional()
}

/** Where the file goes: a path (the desktop app's save dialog, or the CLI), or a download (browser mode). */
export const ExportDestinationSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('download') }),
  z.strictObject({
    kind: z.literal('file'),
    path: z.string().min(1).max(4096),
    /** An existing file there is replaced only when this says so (the CLI's --force, the save dialog's own confirmation). */
    overwrite: z.boolean().optional()
  })
])
export type ExportDestination = z.infer<typeof ExportDestinationSchema>

export const ExportStartSchema = z.strictObject({
  format: z.enum(EXPORT_FORMAT_IDS),
  scope: ExportScopeSchema,
  ...exportOptionsShape,
  destination: ExportDestinationSchema
})
export type ExportStartArgs = z.infer<typeof ExportStartSchema>

/** A profile remembers which scope to use; a search scope is saved with its search and filters. */
export const ProfileScopeSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('search'), scope: ActiveScopeSchema, startDates: StartDatesSchema.optional() }),
  z.strictObject({ kind: z.literal('selection') })
])
export type ProfileScope = z.infer<typeof ProfileScopeSchema>

export const ProfileSettingsSchema = z.strictObject({
  format: z.enum(EXPORT_FORMAT_IDS),
  scope: ProfileScopeSchema,
  ...exportOptionsShape
})
export type ProfileSettings = z.infer<typeof ProfileSettingsSchema>

const profileName = z
  .string()
  .trim()
  .min(1, { message: 'give the profile a name' })
  .max(100)
  .refine((text) => !/[\p{Cc}]/u.test(text), { message: 'a profile name cannot hold line breaks' })

export const exportContract = {
  'export:start': ExportStartSchema,
  /** Desktop only: shows the save dialog and returns the chosen path (null when the archivist cancelled). */
  'export:chooseDestination': z.strictObject({ format: z.enum(EXPORT_FORMAT_IDS), suggestedName: z.string().max(200).optional() }),
  'export:profiles': z.strictObject({}).optional(),
  /** Saves under a name; an existing profile with the same name (any case) is replaced. */
  'export:saveProfile': z.strictObject({ name: profileName, settings: ProfileSettingsSchema }),
  'export:deleteProfile': z.strictObject({ id })
} as const

export interface ExportProfile {
  id: number
  name: string
  settings: ProfileSettings
  createdAt: string
  updatedAt: string
}

/** What a finished export job returns (JobInfo.result). */
export interface ExportOutcome {
  format: ExportFormatId
  /** Records written. */
  count: number
  /** Records the format could not hold (iCalendar: no usable start date). */
  skipped: number
  bytes: number
  fileName: string
  /** Where the file was saved; null for a download. */
  path: string | null
  /** Browser mode: the address to fetch the file from once (`/download/<id>`); null when saved to a path. */
  downloadUrl: string | null
}

export interface ExportResults {
  'export:start': JobInfo
  'export:chooseDestination': { path: string | null }
  'export:profiles': ExportProfile[]
  'export:saveProfile': ExportProfile
  'export:deleteProfile': { id: number }
}
