import { api } from '../api'
import type { RecordScope } from '../../../shared/query'

/** Lookups the workspace's widgets make as the archivist types or looks: tags, dates, batches, facets. */

/** Existing tags starting with `prefix`, most used first (for completion). */
export const suggestTags = (prefix: string) => api.workspaceTags({ prefix, limit: 20 })

/** How main reads a date text, for the form's "read as" hint. */
export const readDateText = (text: string) => api.workspaceReadDate({ text })

/** The import batch a record came from. */
export const batchInfo = (id: number) => api.workspaceBatch({ id })

/** Facet counts of the records in `scope`, `limit` values per facet. */
export const facetsOf = (scope: RecordScope, limit: number) => api.workspaceFacets({ ...scope, limit })

/** The Overview's charts for the records in `scope`. */
export const overviewOf = (scope: RecordScope, countryLimit: number) => api.workspaceOverview({ ...scope, countryLimit })

/** Every record id in `scope` (for "select all matching"). */
export const idsInScope = (scope: RecordScope) => api.workspaceIds(scope)
