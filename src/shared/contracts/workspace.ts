/** The workspace capability's methods: argument schemas here, result types in WorkspaceResults. */
export const workspaceContract = {} as const

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface WorkspaceResults {}
