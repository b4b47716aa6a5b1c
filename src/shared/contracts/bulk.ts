/** The bulk capability's methods: argument schemas here, result types in BulkResults. */
export const bulkContract = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BulkResults {}
