import { api } from '../api'

/** Decisions on duplicate pairs made outside the queue's own store: accept-above and the dismissed list. */

export const previewAcceptAbove = (threshold: number) => api.dedupeAcceptAbove({ threshold, preview: true })

export const acceptAbove = (threshold: number) => api.dedupeAcceptAbove({ threshold, preview: false })

export const listDismissed = () => api.dedupeDismissed({ limit: 500 })

export const undismissPair = (a: number, b: number) => api.dedupeUndismiss({ pairs: [[a, b]] })
