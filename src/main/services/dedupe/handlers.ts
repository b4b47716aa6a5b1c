import type { DedupeResults, dedupeContract } from '../../../shared/contracts/dedupe'
import type { HandlersFor, Services } from '../context'

export function dedupeHandlers(_s: Services): HandlersFor<typeof dedupeContract, DedupeResults> {
  return {}
}
