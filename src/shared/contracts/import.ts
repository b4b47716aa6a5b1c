import { z } from 'zod'
import { endNotBeforeStart } from '../dates'
import { NewRecordSchema } from '../validation'
import { recordFieldsOf } from '../record'
import type { OperationInfo } from './core'
import type { JobInfo } from './jobs'
import { ReadingInstructionsSchema, type ReadingInstruction } from '../readingInstructions'
import type { AppliedProfile, PageShape } from './profiles'

/** How the input is read: `auto` picks by file extension, then by content. */
export const IMPORT_FORMATS = ['auto', 'text', 'csv', 'json'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

/** The record fields a CSV column can feed (the CSV importer's CSV_FIELDS; a test keeps them equal). */
export const IMPORT_COLUMN_FIELDS = ['title', 'date', 'startDate', 'endDate', 'place', 'city', 'country', 'notes', 'tags'] as const
export type ImportColumnField = (typeof IMPORT_COLUMN_FIELDS)[number]

/** Pasted text is limited in characters as files are in bytes (the parsers refuse more with a clear message). */
const MAX_TEXT_CHARS = 70 * 1024 * 1024
/** 64 MB of bytes as base64. */
const MAX_BASE64_CHARS = 90 * 1024 * 1024
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const MAX_RECORDS = 1_000_000

const fileName = z.string().trim().min(1).max(255).refine((n) => !/[\r\n\u0000]/.test(n), { message: 'a file name cannot contain a line break' })

const previewArgs = z
  .strictObject({
    /** Pasted text, or a file already read as text. */
    text: z.string().max(MAX_TEXT_CHARS).optional(),
    /** A file's bytes, base64-encoded: main decodes them (UTF-8, UTF-16, Windows-1252). */
    base64: z.string().max(MAX_BASE64_CHARS).regex(BASE64, { message: 'must be base64' }).optional(),
    /** Shown in notices and kept on the batch; its extension hints at the format. */
    fileName: fileName.nullable().optional(),
    format: z.enum(IMPORT_FORMATS).optional(),
    /** The year to assume where the text gives none and no heading supplies one. */
    year: z.number().int().min(1000).max(2999).nullable().optional(),
    /** CSV only: the field of each column, by index; null ignores the column. */
    columnMap: z.array(z.enum(IMPORT_COLUMN_FIELDS).nullable()).max(500).optional(),
    /** Listing text only: corrections of the reading taught in this preview, applied after the profile's. */
    instructions: ReadingInstructionsSchema.optional(),
    /** Listing text only: read with the saved profile the page matches ('auto', the default), with this profile, or with none. */
    profile: z.union([z.enum(['auto', 'none']), z.number().int().positive()]).optional()
  })
  .refine((args) => (args.text === undefined) !== (args.base64 === undefined), {
    message: 'give either the text or the file (base64), not both and not neither'
  })

/** Where a record first came from, kept through the app's own JSON export and re-import. */
const provenanceSchema = z.strictObject({
  sourceFile: z.string().max(1000).nullable(),
  sourceLine: z.number().int().min(1).nullable(),
  sourceText: z.string().max(100_000).nullable()
})
export type ImportProvenance = z.infer<typeof provenanceSchema>

/** Identity kept from the app's own JSON export, so a re-import is lossless. */
const identitySchema = z.strictObject({
  uid: z.string().min(1).max(100),
  id: z.number().int().positive().nullable(),
  createdAt: z.string().max(40).nullable(),
  updatedAt: z.string().max(40).nullable(),
  /** The record's original provenance; the new import is its batch. */
  provenance: provenanceSchema.nullable().optional()
})

/** What the archivist decided about a record flagged as a likely duplicate of an existing one. */
export const DUPLICATE_DECISIONS = ['skip', 'keep'] as const
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number]

/** One record to import: every field as a new record has, plus where it came from. */
export const ImportRecordSchema = z
  .strictObject({
    ...NewRecordSchema.shape,
    /** 1-based line where the record's text starts in the source. */
    sourceLine: z.number().int().min(1).nullable(),
    sourceText: z.string().max(100_000).nullable(),
    confidence: z.number().min(0).max(1).nullable(),
    warnings: z.array(z.string().max(500)).max(100),
    identity: identitySchema.nullable().optional(),
    duplicate: z.strictObject({ existingId: z.number().int().positive(), decision: z.enum(DUPLICATE_DECISIONS) }).nullable().optional()
  })
  .refine((r) => !(r.startDate && r.endDate) || endNotBeforeStart(r.startDate, r.endDate), {
    path: ['endDate'],
    message: 'end date is before the start date'
  })

const commitArgs = z.strictObject({
  /** What the preview said about the input, kept on the import batch. */
  source: z.strictObject({
    fileName: fileName.nullable(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'must be a SHA-256 in hex' }),
    format: z.enum(['text', 'csv', 'json']),
    /** Lines the parser skipped (headings, rows it could not read). */
    skippedLines: z.number().int().min(0).max(100_000_000),
    /** The reading profile the preview was read with, if any (counted as one of its imports). */
    profileId: z.number().int().positive().nullable().optional()
  }),
  /** The records the archivist kept, as corrected in the preview. */
  records: z.array(ImportRecordSchema).min(1, { message: 'there are no records to import' }).max(MAX_RECORDS)
})

/** The fields a preview record is compared on; as typed in the preview, so not yet validated. */
const cell = z.string().max(1000).nullable()
const duplicateQuery = z.strictObject({ title: z.string().max(1000), startDate: cell, endDate: cell, place: cell, city: cell, country: cell, countryCode: cell })

/** The import capability's methods: argument schemas here, result types in ImportResults. */
export const importContract = {
  /** Starts a job that reads the input and answers an ImportPreview (poll jobs:get). */
  'import:preview': previewArgs,
  /** Imports the kept records as one batch and one undoable operation. */
  'import:commit': commitArgs,
  /** The duplicate flag of one preview record as the archivist corrected it (read only). */
  'import:duplicateOf': z.strictObject({ record: duplicateQuery })
} as const

export type ImportRecord = z.input<typeof ImportRecordSchema>

/** A parsed record as the preview shows it, with its duplicate flag. */
export interface PreviewRecord {
  title: string
  startDate: string | null
  endDate: string | null
  dateText: string | null
  place: string | null
  city: string | null
  country: string | null
  countryCode: string | null
  notes: string | null
  tags: string[]
  sourceLine: number
  sourceText: string
  confidence: number
  warnings: string[]
  /** From the app's own JSON export only. */
  identity: { uid: string; id: number | null; createdAt: string | null; updatedAt: string | null; provenance?: ImportProvenance | null } | null
  /** An existing record this one likely repeats (same start date, similar title). */
  duplicate: { id: number; title: string; startDate: string | null; place: string | null; score: number; reasons: string[] } | null
}

/** A preview record (as corrected) in the form import:commit takes, with the decision on its duplicate flag. */
export function importRecordOf(record: PreviewRecord, decision: DuplicateDecision = 'keep'): ImportRecord {
  // Object.assign onto the copied fields, not rest-and-spread: that costs ~5 µs a record in V8, which shows at 100,000.
  const { duplicate } = record
  return Object.assign(recordFieldsOf(record), {
    sourceLine: record.sourceLine,
    sourceText: record.sourceText,
    confidence: record.confidence,
    warnings: record.warnings,
    identity: record.identity,
    duplicate: duplicate ? { existingId: duplicate.id, decision } : null
  })
}

export interface ImportPreview {
  format: 'text' | 'csv' | 'json'
  fileName: string | null
  /** Of the input as given (bytes of the file, or the pasted text as UTF-8). */
  sha256: string
  records: PreviewRecord[]
  skipped: { line: number; text: string; reason: string }[]
  notices: string[]
  /** CSV only: each column's header and the field it feeds (null: ignored). */
  columns: { header: string; field: ImportColumnField | null }[] | null
  duplicates: number
  /** Listing text only: the page's shape, to save the instructions as a profile with. */
  shape: PageShape | null
  /** The saved profile the page was read with, if any. */
  profile: AppliedProfile | null
  /** That profile's instructions (the preview's own come after them). */
  profileInstructions: ReadingInstruction[]
}

export interface ImportBatch {
  id: number
  fileName: string | null
  sha256: string
  format: 'text' | 'csv' | 'json'
  createdAt: string
  recordCount: number
  skippedCount: number
  warningCount: number
  operationId: number
}

export interface ImportCommitResult {
  batch: ImportBatch
  operation: OperationInfo
  /** Records flagged as duplicates that the archivist chose to skip. */
  skippedDuplicates: number
  /** One line for a notice or the CLI: "Imported 73 records from icc.txt (1 line skipped, 12 warnings) as batch 1". */
  summary: string
}

export interface ImportResults {
  'import:preview': JobInfo
  'import:commit': ImportCommitResult
  'import:duplicateOf': { duplicate: PreviewRecord['duplicate'] }
}
