import type { BulkResults, bulkContract } from '../../../shared/contracts/bulk'
import type { HandlersFor, Services } from '../context'
import { applyBulkEdit } from './apply'
import { previewBulkEdit } from './plan'
import { applyRecipe, exportRecipe } from './recipes'

export function bulkHandlers(s: Services): HandlersFor<typeof bulkContract, BulkResults> {
  return {
    'bulk:preview': ({ target, rule, limit }) => previewBulkEdit(s.db, target, rule, limit),
    'bulk:apply': ({ target, rule }) => applyBulkEdit(s, target, rule),
    'bulk:exportRecipe': ({ fromId, toId }) => exportRecipe(s, fromId, toId),
    'bulk:applyRecipe': ({ recipe, dryRun, limit }) => applyRecipe(s, recipe, dryRun, limit)
  }
}
