/** The dedupe capability's methods: argument schemas here, result types in DedupeResults. */
export const dedupeContract = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface DedupeResults {}
