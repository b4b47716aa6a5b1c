/** One synthetic listing, shaped like an imported record's editable fields. */
export interface GeneratedRecord {
  id: number
  title: string
  startDate: string
  endDate: string
  /** The dates as the source printed them. */
  dateText: string
  /** The place as the source printed it; null where the source gives none. */
  place: string | null
  city: string | null
  country: string | null
  countryCode: string | null
  notes: string | null
  /** Shared between records to save memory on large sets: copy before changing. */
  tags: readonly string[]
}

export interface GenerateOptions {
  seed: number
  count: number
  /** Share of records that are a second listing of another record's event (default 0.1). */
  duplicateRate?: number
}

export interface GeneratedListings {
  /** Ordered by id, ids 1..count. */
  records: GeneratedRecord[]
  /** Ground truth: every pair of ids listing the same event, [smaller, larger], sorted. */
  duplicatePairs: [number, number][]
}
