import { z } from 'zod'
import { ReadingInstructionsSchema } from '../readingInstructions'
import { PageShapeSchema } from './profiles'
import { RecordScopeSchema, type RecordScope } from '../query'
import { TagSchema } from '../validation'
import type { OperationInfo } from './core'

/** Fields a bulk edit may set, clear or rewrite (tags have their own rules). */
export const BULK_FIELDS = ['title', 'startDate', 'endDate', 'dateText', 'place', 'city', 'country', 'countryCode', 'notes'] as const
export type BulkField = (typeof BULK_FIELDS)[number]
/** What "all text fields" means for find and replace and transforms: free text, not dates or codes. */
export const TEXT_FIELDS = ['title', 'dateText', 'place', 'city', 'country', 'notes'] as const satisfies readonly BulkField[]
export const ALL_TEXT = 'allText' as const

const field = z.enum(BULK_FIELDS)
const fieldOrAllText = z.union([field, z.literal(ALL_TEXT)])
const text = (max: number) => z.string().max(max)
const tags = z.array(TagSchema).min(1, { message: 'name at least one tag' }).max(50)

export const TRANSFORMS = ['trim', 'titleCase', 'upperCase', 'lowerCase', 'stripMarker'] as const
export type TransformName = (typeof TRANSFORMS)[number]

/** One bulk edit, as data: validated here, stored in the operation's details, replayable from a recipe. */
export const BulkRuleSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), field, value: text(20_000) }),
  z.strictObject({ op: z.literal('clear'), field }),
  z.strictObject({
    op: z.literal('replace'),
    field: fieldOrAllText,
    find: z.string().min(1, { message: 'say what to find' }).max(1000),
    replace: text(1000),
    /** `regex`: a JavaScript regular expression; `$1`… in `replace` insert its groups. */
    mode: z.enum(['literal', 'regex']),
    caseSensitive: z.boolean(),
    /** `whole`: only values that match entirely; `substring`: every occurrence inside a value. */
    match: z.enum(['substring', 'whole'])
  }),
  z.strictObject({
    op: z.literal('transform'),
    field: fieldOrAllText,
    transform: z.enum(TRANSFORMS),
    /** For stripMarker: the marker to remove from the end, e.g. `[fr]`; omitted: any `[xx]` language marker. */
    marker: text(50).optional()
  }),
  z.strictObject({ op: z.literal('addTags'), tags }),
  z.strictObject({ op: z.literal('removeTags'), tags }),
  z.strictObject({
    op: z.literal('map'),
    field,
    caseSensitive: z.boolean(),
    entries: z
      .array(
        z.strictObject({
          from: z.string().trim().min(1, { message: 'a mapping needs a value to replace' }).max(1000),
          to: text(1000).nullable(),
          /** Other fields to set on the records whose value was mapped, e.g. the country code. */
          also: z.partialRecord(field, text(1000).nullable()).optional()
        })
      )
      .min(1, { message: 'add at least one mapping' })
      .max(5000)
  }),
  z.strictObject({ op: z.literal('shiftDates'), days: z.number().int().min(-36_500).max(36_500).refine((d) => d !== 0, { message: 'shift by at least one day' }) }),
  z.strictObject({ op: z.literal('setYear'), year: z.number().int().min(1).max(9999) }),
  z.strictObject({ op: z.literal('trash') })
])
export type BulkRule = z.infer<typeof BulkRuleSchema>
export type BulkOp = BulkRule['op']

/** The rules a recipe may carry: they decide by content, so they mean the same in another collection. */
export const RECIPE_OPS = ['replace', 'transform', 'map', 'addTags', 'removeTags'] as const satisfies readonly BulkOp[]

/** What a bulk edit applies to: chosen ids, or every record matching a search, with the count the archivist saw. */
export const BulkTargetSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('ids'), ids: z.array(z.number().int().positive()).max(1_000_000) }),
  z.strictObject({ kind: z.literal('scope'), scope: RecordScopeSchema, count: z.number().int().min(0) })
])
export type BulkTarget = z.infer<typeof BulkTargetSchema>

export const RECIPE_FORMAT = 'curate-recipe'
export const RECIPE_VERSION = 1

export const RecipeStepSchema = z.strictObject({
  description: text(500),
  rule: BulkRuleSchema.refine((r) => (RECIPE_OPS as readonly string[]).includes(r.op), { message: 'this kind of edit cannot be part of a recipe' }),
  scope: RecordScopeSchema
})
export type RecipeStep = z.infer<typeof RecipeStepSchema>

export const RecipeSchema = z.strictObject({
  format: z.literal(RECIPE_FORMAT),
  version: z.literal(RECIPE_VERSION),
  createdAt: z.string().max(40),
  /** Where it was extracted from, for the archivist's benefit only. */
  source: z.strictObject({ operations: z.array(z.number().int()).max(10_000) }).optional(),
  steps: z.array(RecipeStepSchema).min(1, { message: 'a recipe needs at least one step' }).max(1000),
  /** The collection's reading profiles, so the other collection reads the same sources the same way. */
  profiles: z.array(z.strictObject({ name: z.string().trim().min(1).max(120), instructions: ReadingInstructionsSchema.min(1), shape: PageShapeSchema })).max(500).optional()
})
export type Recipe = z.infer<typeof RecipeSchema>

const preview = z.number().int().min(1).max(200).optional()

export const bulkContract = {
  'bulk:preview': z.strictObject({ target: BulkTargetSchema, rule: BulkRuleSchema, limit: preview }),
  'bulk:apply': z.strictObject({ target: BulkTargetSchema, rule: BulkRuleSchema }),
  'bulk:exportRecipe': z.strictObject({ fromId: z.number().int().positive(), toId: z.number().int().positive() }),
  /** The recipe is checked by the handler, so a newer version gets its own message rather than a shape error. */
  'bulk:applyRecipe': z.strictObject({ recipe: z.unknown(), dryRun: z.boolean(), limit: preview })
} as const

/** One field of one record, before and after. Tags are string arrays; empty values are null. */
export interface FieldDiff {
  field: BulkField | 'tags' | 'status'
  before: string | string[] | null
  after: string | string[] | null
}

export interface RecordDiff {
  id: number
  title: string
  diffs: FieldDiff[]
}

export interface InvalidRecord extends RecordDiff {
  /** Why the result would be refused, in words. */
  reason: string
}

export interface BulkPreview {
  description: string
  /** Records in the selection or search. */
  inScope: number
  /** Records that would change (invalid ones excluded). */
  changed: number
  /** Records whose result would be invalid: listed, never applied. */
  invalid: number
  sample: RecordDiff[]
  invalidSample: InvalidRecord[]
}

export interface BulkApplyResult extends BulkPreview {
  operation: OperationInfo
}

export interface RecipeExport {
  recipe: Recipe
  /** Operations in the range left out, and why. */
  skipped: { id: number; description: string; reason: string }[]
}

export interface RecipeStepResult extends BulkPreview {
  step: number
  scope: RecordScope
  operation: OperationInfo | null
}

export interface RecipeRun {
  dryRun: boolean
  /** Reading profiles the recipe brought that the collection had no profile of that name for. */
  profilesAdded?: string[]
  steps: RecipeStepResult[]
  changed: number
  invalid: number
}

export interface BulkResults {
  'bulk:preview': BulkPreview
  'bulk:apply': BulkApplyResult
  'bulk:exportRecipe': RecipeExport
  'bulk:applyRecipe': RecipeRun
}
