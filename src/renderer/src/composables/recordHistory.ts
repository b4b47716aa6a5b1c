import { api } from '../api'

/** Every change a record went through, newest first. */
export const historyOfRecord = (id: number) => api.recordsHistory({ id })
