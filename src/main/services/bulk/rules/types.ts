import type { BulkRow, Patch } from '../rows'

/** A rule made ready to run: pure, except for the time limit on archivists' patterns. */
export interface RuleRunner {
  /** Whether the rule needs the records' tags loaded. */
  readsTags: boolean
  /**
   * One patch per row, index-aligned; null where the rule does not apply. May be called for
   * successive slices of the target: limits (growth, a pattern's time) hold over all of them.
   */
  run(rows: readonly BulkRow[]): (Patch | null)[]
}

export interface RunnerOptions {
  /** How long a regular expression may run over the whole edit. */
  patternBudgetMs?: number
}

/** A runner that looks at one record at a time. */
export function perRow(readsTags: boolean, each: (row: BulkRow) => Patch | null): RuleRunner {
  return { readsTags, run: (rows) => rows.map(each) }
}
