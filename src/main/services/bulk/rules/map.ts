import type { BulkRule } from '../../../../shared/contracts/bulk'
import type { Patch } from '../rows'
import { perRow, type RuleRunner } from './types'

type MapRule = Extract<BulkRule, { op: 'map' }>

/**
 * A table of values to canonical ones (“Schweiz”, “Suisse” -> “Switzerland”, also setting the
 * code CH). Values are compared trimmed, and without regard to case unless asked.
 */
export function mapRunner(rule: MapRule): RuleRunner {
  const keyOf = (v: string): string => (rule.caseSensitive ? v.trim() : v.trim().toLowerCase())
  const table = new Map<string, Patch>()
  for (const entry of rule.entries) {
    // The first entry for a value wins, as a reader of the table would expect.
    if (!table.has(keyOf(entry.from))) table.set(keyOf(entry.from), { ...entry.also, [rule.field]: entry.to })
  }
  return perRow(false, (row) => {
    const value = row[rule.field]
    return typeof value === 'string' ? (table.get(keyOf(value)) ?? null) : null
  })
}
