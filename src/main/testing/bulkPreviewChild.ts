/**
 * Runs one bulk-edit preview on a collection file and prints its counts as JSON; started by
 * src/main/services/bulk/streamingPreview.test.ts in a child process with a small heap, to show
 * the preview's memory does not grow with the text it would change.
 * Usage: node --max-old-space-size=MB --import tsx bulkPreviewChild.ts DB RULE_JSON [whole]
 */
import { openDatabase } from '../db/open'
import { planBulkEdit, previewBulkEdit, summarise } from '../services/bulk/plan'
import type { BulkRule } from '../../shared/contracts/bulk'

const [file, ruleJson, how] = process.argv.slice(2)
const db = openDatabase(file!)
const rule = JSON.parse(ruleJson!) as BulkRule
const target = { kind: 'scope', scope: {} } as const
// "whole": the earlier way, every change built before counting, kept to compare against.
const preview = how === 'whole' ? summarise(planBulkEdit(db, target, rule)) : previewBulkEdit(db, target, rule)
db.close()
console.log(JSON.stringify({ inScope: preview.inScope, changed: preview.changed, invalid: preview.invalid, sample: preview.sample.length }))
