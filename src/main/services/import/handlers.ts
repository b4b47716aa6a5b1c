import type { ImportResults, importContract } from '../../../shared/contracts/import'
import type { HandlersFor, Services } from '../context'

export function importHandlers(_s: Services): HandlersFor<typeof importContract, ImportResults> {
  return {}
}
