import type { BulkField, BulkRule } from '../../../../shared/contracts/bulk'
import { fieldsOf, replaceRunner, transformRunner } from './text'
import { addTagsRunner, removeTagsRunner } from './tags'
import { mapRunner } from './map'
import { setYearRunner, shiftDatesRunner } from './dates'
import { perRow, type RuleRunner, type RunnerOptions } from './types'

export type { RuleRunner, RunnerOptions } from './types'

/** Turns a validated rule into something that computes each record's new values. Throws AppError for a bad pattern. */
export function runnerFor(rule: BulkRule, options: RunnerOptions = {}): RuleRunner {
  switch (rule.op) {
    case 'set':
      return perRow(false, () => ({ [rule.field]: rule.value }))
    case 'clear':
      return perRow(false, () => ({ [rule.field]: null }))
    case 'replace':
      return replaceRunner(rule, options)
    case 'transform':
      return transformRunner(rule)
    case 'addTags':
      return addTagsRunner(rule.tags)
    case 'removeTags':
      return removeTagsRunner(rule.tags)
    case 'map':
      return mapRunner(rule)
    case 'shiftDates':
      return shiftDatesRunner(rule.days)
    case 'setYear':
      return setYearRunner(rule.year)
    case 'trash':
      return perRow(false, () => ({ status: 'trashed' }))
  }
}

/**
 * The fields a rule reads or writes, so only those columns are loaded (100,000 notes are
 * slow to read for nothing). Touching either date loads both, for the end-before-start check.
 */
export function fieldsUsed(rule: BulkRule): BulkField[] {
  const used = new Set<BulkField>(['title'])
  switch (rule.op) {
    case 'set':
    case 'clear':
      used.add(rule.field)
      break
    case 'replace':
    case 'transform':
      fieldsOf(rule.field).forEach((f) => used.add(f))
      break
    case 'map':
      used.add(rule.field)
      for (const entry of rule.entries) Object.keys(entry.also ?? {}).forEach((f) => used.add(f as BulkField))
      break
    case 'shiftDates':
    case 'setYear':
      used.add('startDate')
      break
  }
  if (used.has('startDate') || used.has('endDate')) used.add('startDate').add('endDate')
  return [...used]
}
