import { ALL_TEXT, TEXT_FIELDS, type BulkField, type BulkRule, type TransformName } from '../../../../shared/contracts/bulk'
import { compileUserPattern, deadlineFor, literalPattern, replaceWithUserPattern } from '../safeRegex'
import type { BulkRow, Patch } from '../rows'
import { perRow, type RuleRunner, type RunnerOptions } from './types'
import { GrowthBudget } from '../growth'

/** Field names as the archivist reads them in messages. */
const FIELD_LABELS: Record<BulkField, string> = {
  title: 'title', startDate: 'start date', endDate: 'end date', dateText: 'date text', place: 'place',
  city: 'city', country: 'country', countryCode: 'country code', notes: 'note'
}

type ReplaceRule = Extract<BulkRule, { op: 'replace' }>
type TransformRule = Extract<BulkRule, { op: 'transform' }>

export function fieldsOf(field: BulkField | typeof ALL_TEXT): readonly BulkField[] {
  return field === ALL_TEXT ? TEXT_FIELDS : [field]
}

/** Find and replace, field by field over all rows (so a pattern runs in one time-limited batch). */
export function replaceRunner(rule: ReplaceRule, options: RunnerOptions): RuleRunner {
  const shape = { caseSensitive: rule.caseSensitive, whole: rule.match === 'whole' }
  const fields = fieldsOf(rule.field)
  if (rule.mode === 'literal') {
    const re = literalPattern(rule.find, shape)
    // A function keeps `$` in the replacement literal.
    const replace = (v: string): string => v.replace(re, () => rule.replace)
    const fast = rule.caseSensitive && rule.match === 'substring'
    // One budget for the whole edit, however many slices of rows it is run over.
    const budget = new GrowthBudget()
    return {
      readsTags: false,
      run(rows) {
        return rows.map((row) => {
          const patch: Patch = {}
          for (const f of fields) {
            const v = row[f]
            if (typeof v !== 'string') continue
            const after = fast ? v.split(rule.find).join(rule.replace) : replace(v)
            budget.check(FIELD_LABELS[f], v, after)
            patch[f] = after
          }
          return patch
        })
      }
    }
  }
  const re = compileUserPattern(rule.find, shape)
  // One budget and one time limit for the whole edit, however many slices of rows it is run over.
  const budget = new GrowthBudget()
  let deadline: ReturnType<typeof deadlineFor> | null = null
  return {
    readsTags: false,
    run(rows) {
      deadline ??= deadlineFor(rule.find, options.patternBudgetMs)
      const patches: Patch[] = rows.map(() => ({}))
      for (const f of fields) {
        const replaced = replaceWithUserPattern(rows.map((r) => r[f]), re, rule.replace, deadline, budget, FIELD_LABELS[f])
        replaced.forEach((v, i) => {
          if (v !== null) patches[i]![f] = v
        })
      }
      return patches
    }
  }
}

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of on or the to with de del des di du el en et la le les y und der die das von zu im am'.split(' ')
)
const ANY_LANGUAGE_MARKER = /\s*\[[A-Za-z]{2,3}(?:[-_][A-Za-z]{2,4})?\]\s*$/u

/** Title case that leaves short joining words lower case, except at the start: “La Chaux-de-Fonds”. */
export function titleCase(value: string): string {
  let first = true
  return value.toLowerCase().replace(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’]*/gu, (word) => {
    const keep = !first && SMALL_WORDS.has(word)
    first = false
    return keep ? word : word[0]!.toUpperCase() + word.slice(1)
  })
}

/** Collapses runs of spaces; notes keep their line breaks. */
export function tidySpaces(value: string, multiline: boolean): string {
  if (!multiline) return value.replace(/\s+/gu, ' ').trim()
  return value
    .split(/\r?\n/)
    .map((line) => line.replace(/[^\S\r\n]+/gu, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function transformOf(name: TransformName, marker: string | undefined, field: BulkField): (v: string) => string {
  switch (name) {
    case 'trim':
      return (v) => tidySpaces(v, field === 'notes')
    case 'titleCase':
      return titleCase
    case 'upperCase':
      return (v) => v.toUpperCase()
    case 'lowerCase':
      return (v) => v.toLowerCase()
    case 'stripMarker': {
      const trimmed = marker?.trim()
      const re = trimmed ? new RegExp(`\\s*${trimmed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'iu') : ANY_LANGUAGE_MARKER
      return (v) => v.replace(re, '')
    }
  }
}

export function transformRunner(rule: TransformRule): RuleRunner {
  const steps = fieldsOf(rule.field).map((f) => [f, transformOf(rule.transform, rule.marker, f)] as const)
  return perRow(false, (row: BulkRow) => {
    const patch: Patch = {}
    for (const [f, apply] of steps) {
      const v = row[f]
      if (typeof v === 'string') patch[f] = apply(v)
    }
    return patch
  })
}
