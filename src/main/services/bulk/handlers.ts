import type { BulkResults, bulkContract } from '../../../shared/contracts/bulk'
import type { HandlersFor, Services } from '../context'

export function bulkHandlers(_s: Services): HandlersFor<typeof bulkContract, BulkResults> {
  return {}
}
