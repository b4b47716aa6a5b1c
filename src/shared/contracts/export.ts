/** The export capability's methods: argument schemas here, result types in ExportResults. */
export const exportContract = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ExportResults {}
