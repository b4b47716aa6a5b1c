import { api } from '../api'
import type { MethodArgs } from '../../../shared/contract'

/** Recipes: a run of bulk edits saved as JSON and applied again to another collection. */
export const applyRecipe = (recipe: MethodArgs<'bulk:applyRecipe'>['recipe'], dryRun: boolean) => api.bulkApplyRecipe({ recipe, dryRun })

export const exportRecipe = (fromId: number, toId: number) => api.bulkExportRecipe({ fromId, toId })
