/** The backup capability's methods: argument schemas here, result types in BackupResults. */
export const backupContract = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface BackupResults {}
