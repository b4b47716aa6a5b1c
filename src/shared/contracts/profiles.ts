import { z } from 'zod'
import { none } from './core'
import type { OperationInfo } from './core'
import { ReadingInstructionsSchema, type ReadingInstruction } from '../readingInstructions'

/**
 * What a listing page looks like, to tell whether a new page comes from the same source: the
 * pattern of its lines' roles (one letter a line, see services/import/profiles/shape.ts), the
 * share of lines holding each separator, the words it uses as labels or column headers, and the
 * source's name (a file name without its dates and numbers, or a web address's host).
 */
export const PageShapeSchema = z.strictObject({
  roles: z.string().max(2000),
  separators: z.record(z.string().max(8), z.number().min(0).max(1)),
  words: z.array(z.string().max(60)).max(60),
  source: z.string().max(300).nullable()
})
export type PageShape = z.infer<typeof PageShapeSchema>

/** A source profile: the instructions taught on one source's page and that page's shape. */
export interface ReadingProfile {
  id: number
  name: string
  instructions: ReadingInstruction[]
  shape: PageShape
  /** Imports read with it that still stand (not undone). */
  uses: number
  createdAt: string
  updatedAt: string
}

/** The profile a preview was read with. */
export interface AppliedProfile {
  id: number
  name: string
  /** How closely the page matched the profile's shape (0..1); 1 when it was chosen by hand. */
  score: number
  uses: number
}

const id = z.number().int().positive()
const profileName = z
  .string()
  .trim()
  .min(1, { message: 'give the profile a name' })
  .max(120)
  .refine((text) => !/[\p{Cc}]/u.test(text), { message: 'a profile name cannot hold line breaks' })

export const profilesContract = {
  'profiles:list': none,
  /** Saves the instructions under a name with the page's shape (the preview's `shape`); a profile of the same name is replaced. */
  'profiles:save': z.strictObject({ name: profileName, instructions: ReadingInstructionsSchema.min(1, { message: 'a profile needs at least one instruction' }), shape: PageShapeSchema }),
  'profiles:rename': z.strictObject({ id, name: profileName }),
  'profiles:delete': z.strictObject({ id })
} as const

export interface ProfilesResults {
  'profiles:list': ReadingProfile[]
  'profiles:save': { profile: ReadingProfile; operation: OperationInfo }
  'profiles:rename': { profile: ReadingProfile; operation: OperationInfo }
  'profiles:delete': { id: number; operation: OperationInfo }
}
