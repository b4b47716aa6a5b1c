import { z } from 'zod'
import { RecordScopeSchema } from '../query'

const id = z.number().int().positive()

/** The records workspace: facet counts, the overview charts, the form's date reading, tag completion, provenance. */
export const workspaceContract = {
  /** Counts for every facet; each facet's counts follow the search and the other filters, not its own. */
  'workspace:facets': RecordScopeSchema.extend({
    /** How many cities and tags to list (the most frequent first). */
    limit: z.number().int().min(1).max(1000).optional()
  }),
  /** Events per year and per country for the current search and every filter. */
  'workspace:overview': RecordScopeSchema.extend({ countryLimit: z.number().int().min(1).max(300).optional() }),
  /** Reads a date as typed (`29-30 October 2015`) into ISO start and end dates. */
  'workspace:readDate': z.strictObject({ text: z.string().max(500) }),
  /** Reads a place as typed (`Bern (Switzerland)`) into city, country and country code, as the importer does. */
  'workspace:readPlace': z.strictObject({ text: z.string().max(500) }),
  /** Existing tags for completion, most used first. */
  'workspace:tags': z.strictObject({ prefix: z.string().max(100).optional(), limit: z.number().int().min(1).max(200).optional() }),
  /** The import batch a record came from. */
  'workspace:batch': z.strictObject({ id }),
  /** The ids of every record in scope (for acting on "all N matching": trash, restore). */
  'workspace:ids': RecordScopeSchema
} as const

export interface FacetCount<V> {
  value: V
  count: number
}

export interface BatchInfo {
  id: number
  fileName: string | null
  format: string
  createdAt: string
  recordCount: number
}

export interface WorkspaceFacets {
  /** Records matching the search and every filter (the grid's count). */
  total: number
  /** Per start year, ascending; `undated` counts records without a start date. */
  years: FacetCount<number>[]
  undated: number
  /** Per country code (null: no country), most frequent first, with the name most records use. */
  countries: (FacetCount<string | null> & { name: string | null })[]
  /** Most frequent cities (null: no city); `citiesTotal` is how many distinct cities there are. */
  cities: FacetCount<string | null>[]
  citiesTotal: number
  tags: FacetCount<string>[]
  untagged: number
  tagsTotal: number
  batches: (FacetCount<number> & { fileName: string | null; createdAt: string | null })[]
  warnings: { with: number; without: number }
  place: { missing: number; present: number }
  /** In the collection and in the trash, for the same search and filters. */
  status: { active: number; trashed: number }
}

export interface WorkspaceOverview {
  total: number
  years: FacetCount<number>[]
  undated: number
  countries: (FacetCount<string | null> & { name: string | null })[]
  /** Records in countries beyond `countryLimit`. */
  otherCountries: number
}

export interface DateReadingResult {
  /** Null when nothing in the text reads as a date. */
  reading: { startDate: string | null; endDate: string | null; warnings: string[]; matchedText: string } | null
}

export interface PlaceReadingResult {
  /** Null when the text is empty. */
  reading: { city: string | null; country: string | null; countryCode: string | null; online: boolean; countryInferred: boolean } | null
}

export interface WorkspaceResults {
  'workspace:facets': WorkspaceFacets
  'workspace:overview': WorkspaceOverview
  'workspace:readDate': DateReadingResult
  'workspace:readPlace': PlaceReadingResult
  'workspace:tags': { name: string; count: number }[]
  'workspace:batch': BatchInfo
  'workspace:ids': number[]
}
