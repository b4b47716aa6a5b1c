import { AppError } from '../../../shared/errors'
import { describeIssues } from '../../../shared/validation'
import {
  BulkRuleSchema,
  RECIPE_FORMAT,
  RECIPE_OPS,
  RECIPE_VERSION,
  RecipeSchema,
  type Recipe,
  type RecipeExport,
  type RecipeRun,
  type RecipeStep,
  type RecipeStepResult
} from '../../../shared/contracts/bulk'
import type { Services } from '../context'
import type { BulkDetails } from './apply'
import { applyPlanned, NothingToApply } from './apply'
import { sentence } from './describe'
import { runnerFor } from './rules'
import { summarise, type Plan } from './plan'
import { ReadingProfiles } from '../import/profiles/store'

interface OperationRow {
  id: number
  kind: string
  description: string
  state: string
  details: string | null
}

/** Why an operation cannot be a recipe step, or its step. */
function stepOf(row: OperationRow): RecipeStep | string {
  if (row.kind !== 'bulk') return 'not a bulk edit'
  if (row.state !== 'done') return 'undone'
  const details = row.details ? (JSON.parse(row.details) as Partial<BulkDetails>) : {}
  const rule = BulkRuleSchema.safeParse(details.rule)
  if (!rule.success || !details.target) return 'its rule was not recorded'
  if (!(RECIPE_OPS as readonly string[]).includes(rule.data.op)) return 'it sets values on particular records rather than by rule'
  if (details.target.kind !== 'scope') return 'it applied to hand-picked records, which another collection does not have'
  return { description: sentence(rule.data), rule: rule.data, scope: details.target.scope }
}

/** The rule-based bulk edits between two operations (inclusive, oldest first) as a versioned recipe. */
export function exportRecipe(s: Services, fromId: number, toId: number, now = new Date().toISOString()): RecipeExport {
  const [low, high] = fromId <= toId ? [fromId, toId] : [toId, fromId]
  const rows = s.db
    .prepare('SELECT id, kind, description, state, details FROM operations WHERE id BETWEEN ? AND ? ORDER BY id')
    .all(low, high) as OperationRow[]
  const steps: RecipeStep[] = []
  const used: number[] = []
  const skipped: RecipeExport['skipped'] = []
  for (const row of rows) {
    const step = stepOf(row)
    if (typeof step === 'string') skipped.push({ id: row.id, description: row.description, reason: step })
    else {
      steps.push(step)
      used.push(row.id)
    }
  }
  if (steps.length === 0) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `Operations ${low}–${high} hold no rule-based bulk edit (find and replace, transform, mapping, or tags on a search) to put in a recipe`
    )
  }
  const recipe: Recipe = { format: RECIPE_FORMAT, version: RECIPE_VERSION, createdAt: now, source: { operations: used }, steps }
  // The reading profiles travel with the recipe: the other collection then reads the same sources the same way.
  const profiles = new ReadingProfiles(s.db, null).list()
  if (profiles.length > 0) recipe.profiles = profiles.map((p) => ({ name: p.name, instructions: p.instructions, shape: p.shape }))
  return { recipe, skipped }
}

/** Checks a recipe read from a file; the version first, so a newer recipe is named as such. */
export function readRecipe(raw: unknown): Recipe {
  const envelope = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : null
  if (!envelope || envelope.format !== RECIPE_FORMAT) {
    throw new AppError('INVALID_ARGUMENT', `This is not a Curate recipe (a recipe is a JSON object with "format": "${RECIPE_FORMAT}"); nothing was changed`)
  }
  const version = envelope.version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new AppError('INVALID_ARGUMENT', 'The recipe has no valid version number; nothing was changed')
  }
  if (version > RECIPE_VERSION) {
    throw new AppError(
      'INVALID_ARGUMENT',
      `This recipe was made by a newer version of Curate (recipe version ${version}; this version reads version ${RECIPE_VERSION}). Update Curate to apply it; nothing was changed`
    )
  }
  const parsed = RecipeSchema.safeParse(raw)
  if (!parsed.success) {
    throw new AppError('INVALID_ARGUMENT', `The recipe is not in the expected shape (${describeIssues(parsed.error.issues).message}); nothing was changed`)
  }
  return parsed.data
}

class DryRunFinished {
  constructor(readonly steps: RecipeStepResult[]) {}
}

const inStep = (index: number, step: RecipeStep, error: unknown): unknown =>
  error instanceof AppError ? new AppError(error.code, `Step ${index + 1} (${step.description}): ${error.message}`, error.fields) : error

/**
 * Applies every step in order, each as its own bulk operation, all in one transaction: a step
 * that fails undoes the steps before it. A dry run does exactly the same, then rolls back, so
 * later steps see what earlier ones would have done.
 */
export function applyRecipe(s: Services, raw: unknown, dryRun: boolean, limit?: number): RecipeRun {
  const recipe = readRecipe(raw)
  recipe.steps.forEach((step, i) => {
    try {
      runnerFor(step.rule)
    } catch (error) {
      throw inStep(i, step, error)
    }
  })
  let steps: RecipeStepResult[]
  const profilesAdded: string[] = []
  try {
    steps = s.db.transaction(() => {
      const results = recipe.steps.map((step, i): RecipeStepResult => {
        try {
          let plan: Plan
          let operation = null
          try {
            ;({ plan, operation } = applyPlanned(s, { kind: 'scope', scope: step.scope }, step.rule, { allowEmpty: true }))
          } catch (error) {
            if (!(error instanceof NothingToApply)) throw error
            plan = error.plan
          }
          return { step: i + 1, scope: step.scope, ...summarise(plan, limit), operation: dryRun ? null : operation }
        } catch (error) {
          throw inStep(i, step, error)
        }
      })
      // A profile the collection has no profile of that name for is added (one undoable operation each); one it has is kept as it is.
      const readingProfiles = new ReadingProfiles(s.db, s.log)
      const known = new Set(readingProfiles.list().map((p) => p.name.toLowerCase()))
      for (const profile of recipe.profiles ?? []) {
        if (known.has(profile.name.toLowerCase())) continue
        readingProfiles.save(profile.name, profile.instructions, profile.shape)
        known.add(profile.name.toLowerCase())
        profilesAdded.push(profile.name)
      }
      if (dryRun) throw new DryRunFinished(results)
      return results
    }).immediate()
  } catch (error) {
    if (!(error instanceof DryRunFinished)) throw error
    steps = error.steps
  }
  return {
    dryRun,
    ...(profilesAdded.length > 0 ? { profilesAdded } : {}),
    steps,
    changed: steps.reduce((n, step) => n + step.changed, 0),
    invalid: steps.reduce((n, step) => n + step.invalid, 0)
  }
}
