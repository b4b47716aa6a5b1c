/** Types of workerSource.mjs (plain JavaScript: fromSources.mjs runs before tsx is registered). */
export function workerSource(root: string, env?: Record<string, string | undefined>): 'built' | 'sources'
export function builtWorkerFile(root: string): string
