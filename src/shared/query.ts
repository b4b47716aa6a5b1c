import { z } from 'zod'

export const SORT_FIELDS = ['title', 'startDate', 'endDate', 'place', 'city', 'country', 'countryCode', 'createdAt', 'updatedAt', 'id'] as const
export type SortField = (typeof SORT_FIELDS)[number]

const countryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'must be a two-letter country code' })

export const RecordFiltersSchema = z.strictObject({
  yearFrom: z.number().int().min(1).max(9999).optional(),
  yearTo: z.number().int().min(1).max(9999).optional(),
  countryCodes: z.array(countryCode).max(300).optional(),
  /** Records with no country code at all. */
  noCountry: z.boolean().optional(),
  cities: z.array(z.string().max(200)).max(300).optional(),
  /** Records with no city (combines with `cities` as "or"). */
  noCity: z.boolean().optional(),
  tags: z.array(z.string().max(100)).max(300).optional(),
  /** Records without any tag. */
  noTags: z.boolean().optional(),
  /** Records without a start date (combines with the year range as "or"). */
  noDate: z.boolean().optional(),
  batchIds: z.array(z.number().int().positive()).max(300).optional(),
  hasWarnings: z.boolean().optional(),
  noPlace: z.boolean().optional()
})
export type RecordFilters = z.infer<typeof RecordFiltersSchema>

export const RecordScopeSchema = z.strictObject({
  /** Full-text search over title, place and notes: words match as prefixes, "quoted words" as a phrase. */
  search: z.string().max(500).optional(),
  /** `trashed` lists the trash instead of the collection. */
  status: z.enum(['active', 'trashed']).optional(),
  filters: RecordFiltersSchema.optional()
})
export type RecordScope = z.infer<typeof RecordScopeSchema>

export const RecordQuerySchema = RecordScopeSchema.extend({
  sort: z.strictObject({ field: z.enum(SORT_FIELDS), direction: z.enum(['asc', 'desc']) }).optional(),
  offset: z.number().int().min(0).max(100_000_000).optional(),
  limit: z.number().int().min(1).max(1000).optional()
})
export type RecordQuery = z.infer<typeof RecordQuerySchema>
