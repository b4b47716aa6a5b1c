import fs from 'node:fs'
import type { CommandRun } from '../command'
import { withSession } from './base'
import type { RecipeRun } from '../../../shared/contracts/bulk'

const count = (n: number, word = 'record'): string => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`

/** Reads a recipe file; a broken file is named with the line where JSON parsing stopped. */
function readRecipeFile(file: string): unknown {
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch (error) {
    throw new Error(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)
    const line = position ? text.slice(0, Number(position[1])).split('\n').length : null
    throw new Error(`${file} is not valid JSON${line ? ` (line ${line})` : ''}: ${(error as Error).message}`)
  }
}

function printRun(run: RecipeRun, out: (t: string) => void): void {
  for (const step of run.steps) {
    const verb = run.dryRun ? 'would change' : 'changed'
    const invalid = step.invalid > 0 ? `; ${count(step.invalid)} left alone (the result would be invalid)` : ''
    out(`${String(step.step).padStart(2)}. ${step.description.replace(/ \([\d,]+ records?\)$/, '')}: ${count(step.inScope)} in scope, ${step.changed.toLocaleString('en')} ${verb}${invalid}`)
    for (const record of step.invalidSample.slice(0, 5)) out(`      #${record.id} ${record.title}: ${record.reason}`)
  }
  if (run.profilesAdded) out(`Reading profiles ${run.dryRun ? 'it would add' : 'added'}: ${run.profilesAdded.map((name) => `'${name}'`).join(', ')}`)
  out(
    run.dryRun
      ? `Dry run: ${count(run.changed)} would change; nothing was written.`
      : `Applied ${count(run.steps.filter((s) => s.operation).length, 'step')} to ${count(run.changed)}; undo with 'curate undo' (one step at a time).`
  )
}

/** `curate` subcommands of the bulk capability. */
export const bulkRunners: Record<'apply' | 'recipe', CommandRun> = {
  apply: (context) => {
    const file = context.positionals[0]
    if (!file || context.positionals.length > 1) {
      context.err('curate apply: name one recipe file, e.g. curate apply recipe.json --dry-run')
      return 2
    }
    const recipe = readRecipeFile(file)
    return withSession(context, async (session) => {
      printRun(await session.call('bulk:applyRecipe', { recipe, dryRun: context.values['dry-run'] === true }), context.out)
    })
  },
  recipe: (context) => {
    const ids = [context.values.from, context.values.to].map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : NaN))
    if (ids.some((id) => !Number.isInteger(id) || id < 1)) {
      context.err("curate recipe: give the range as --from ID --to ID (operation numbers from 'curate history')")
      return 2
    }
    return withSession(context, async (session) => {
      const { recipe, skipped } = await session.call('bulk:exportRecipe', { fromId: ids[0]!, toId: ids[1]! })
      context.out(JSON.stringify(recipe, null, 2))
      for (const s of skipped) context.err(`left out #${s.id} ${s.description}: ${s.reason}`)
    })
  }
}
