import vm from 'node:vm'
import { AppError } from '../../../shared/errors'
import { tooMuchGrowth, valueTooLong, type GrowthBudget } from './growth'

/** How long an archivist's pattern may run over a whole bulk edit before it is stopped. */
export const DEFAULT_PATTERN_BUDGET_MS = 2000

/**
 * Compiles a pattern typed by the archivist. `whole` anchors it so that only values matching
 * entirely are replaced. The bare pattern is compiled first: wrapping could otherwise make a
 * broken pattern such as `a)(b` valid.
 */
export function compileUserPattern(pattern: string, options: { caseSensitive: boolean; whole: boolean }): RegExp {
  const flags = `u${options.caseSensitive ? '' : 'i'}`
  try {
    new RegExp(pattern, flags)
  } catch (error) {
    const detail = (error as Error).message.replace(/^Invalid regular expression: /, '')
    throw new AppError('INVALID_ARGUMENT', `find: the regular expression is not valid (${detail}); nothing was changed`, {
      find: 'not a valid regular expression'
    })
  }
  return options.whole ? new RegExp(`^(?:${pattern})$`, flags) : new RegExp(pattern, `g${flags}`)
}

/** A literal text as a pattern (it cannot backtrack, so it never needs the time limit). */
export function literalPattern(text: string, options: { caseSensitive: boolean; whole: boolean }): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const flags = `u${options.caseSensitive ? '' : 'i'}`
  return options.whole ? new RegExp(`^(?:${escaped})$`, flags) : new RegExp(escaped, `g${flags}`)
}

/*
 * User patterns run inside a vm context with a timeout: V8 interrupts a runaway regular
 * expression (catastrophic backtracking) when the watchdog fires, and main stays responsive.
 * The code run there is a fixed script; the pattern itself is only ever a RegExp, never code.
 */
const context = vm.createContext(Object.create(null) as object)
// The growth bounds are checked value by value inside the loop, so an exploding replacement
// stops at the first value over them instead of after every value has been built.
const replaceEach = new vm.Script(`(function (values, re, replacement, bounds) {
  const out = new Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]
    if (typeof v !== 'string') { out[i] = v; continue }
    const r = v.replace(re, replacement)
    if (r.length > bounds.maxValue) return { overflow: 'value', length: r.length }
    if (r.length > v.length) bounds.grown += r.length - v.length
    if (bounds.grown > bounds.maxTotal) return { overflow: 'total', length: r.length }
    out[i] = r
  }
  return out
})`).runInContext(context) as (values: readonly (string | null)[], re: RegExp, replacement: string, bounds: Bounds) => Replaced
const callReplaceEach = new vm.Script('replaceEach(values, re, replacement, bounds)')

type Replaced = (string | null)[] | { overflow: 'value' | 'total'; length: number }
interface Bounds {
  maxValue: number
  maxTotal: number
  grown: number
}

/** A point in time by which every pattern run of one bulk edit must have finished. */
export interface Deadline {
  at: number
  budgetMs: number
  pattern: string
}

export function deadlineFor(pattern: string, budgetMs = DEFAULT_PATTERN_BUDGET_MS): Deadline {
  return { at: Date.now() + budgetMs, budgetMs, pattern }
}

/**
 * `values.map(v => v.replace(re, replacement))`, stopped with a clear error when the deadline
 * passes or the results outgrow the edit's budget (see ./growth).
 */
export function replaceWithUserPattern(
  values: readonly (string | null)[],
  re: RegExp,
  replacement: string,
  deadline: Deadline,
  budget: GrowthBudget,
  field: string
): (string | null)[] {
  const remaining = Math.max(1, Math.floor(deadline.at - Date.now()))
  const sandbox = context as Record<string, unknown>
  const bounds: Bounds = { maxValue: budget.maxValue, maxTotal: budget.maxTotal, grown: budget.grown }
  Object.assign(sandbox, { replaceEach, values, re, replacement, bounds })
  let result: Replaced
  try {
    result = callReplaceEach.runInContext(context, { timeout: remaining }) as Replaced
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw tooSlow(deadline)
    throw error
  } finally {
    Object.assign(sandbox, { values: null, re: null, replacement: null, bounds: null })
  }
  budget.grown = bounds.grown
  if ('overflow' in result) {
    throw result.overflow === 'value' ? valueTooLong(field, result.length, budget.maxValue) : tooMuchGrowth(budget.maxTotal)
  }
  return result
}

function tooSlow(deadline: Deadline): AppError {
  const seconds = (deadline.budgetMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })
  return new AppError(
    'INVALID_ARGUMENT',
    `find: the regular expression /${deadline.pattern.slice(0, 60)}/ took longer than ${seconds} s and was stopped ` +
      '(patterns with nested repeats such as (a+)+ can take forever); nothing was changed',
    { find: 'this pattern takes too long' }
  )
}
