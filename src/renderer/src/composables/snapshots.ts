import { api } from '../api'

/** The collection's snapshots (Backups view). */
export const listSnapshots = () => api.backupList(undefined)

export const createSnapshot = () => api.backupCreate(undefined)

export const restoreSnapshot = (name: string) => api.backupRestore({ name })
