import type { ExportResults, exportContract } from '../../../shared/contracts/export'
import type { HandlersFor, Services } from '../context'

export function exportHandlers(_s: Services): HandlersFor<typeof exportContract, ExportResults> {
  return {}
}
