/** The import capability's methods: argument schemas here, result types in ImportResults. */
export const importContract = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ImportResults {}
