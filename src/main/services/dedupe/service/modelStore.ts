import type { Db } from '../../../db/open'
import { STATUS_CODES } from '../../../db/recordRows'
import { STARTING_MODEL, type MatchModel } from '../model/model'
import { FIELDS, LEVEL_COUNT } from '../model/levels'
import type { Decision } from '../model/train'

/** A stored model that does not have the levels this version compares with is not used. */
function fitsLevels(model: MatchModel): boolean {
  return FIELDS.every((field) => model.fields?.[field]?.m?.length === LEVEL_COUNT[field] && model.fields[field].u?.length === LEVEL_COUNT[field])
}

/** The collection's model, or the starting model before the first estimate. */
export function loadModel(db: Db): MatchModel {
  const text = db.prepare('SELECT model FROM dedupe_model WHERE id = 1').pluck().get() as string | undefined
  if (text === undefined) return STARTING_MODEL
  const model = JSON.parse(text) as MatchModel
  return fitsLevels(model) ? model : STARTING_MODEL
}

/**
 * True when the collection has a stored model with this version's levels. One stored by a
 * version that compared with other levels is as good as none: the next scan estimates anew.
 */
export function hasStoredModel(db: Db): boolean {
  const text = db.prepare('SELECT model FROM dedupe_model WHERE id = 1').pluck().get() as string | undefined
  return text !== undefined && fitsLevels(JSON.parse(text) as MatchModel)
}

export function saveModel(db: Db, model: MatchModel): void {
  db.prepare(
    `INSERT INTO dedupe_model(id, model, estimated_at) VALUES (1, ?, ?)
     ON CONFLICT (id) DO UPDATE SET model = excluded.model, estimated_at = excluded.estimated_at`
  ).run(JSON.stringify(model), model.estimatedAt ?? new Date().toISOString())
}

/**
 * The archivist's decisions as labelled pairs: every record merged into another is a match with
 * it (merges are in the operation log; undoing one takes its label away), every "not duplicates"
 * a non-match.
 */
export function loadDecisions(db: Db): Decision[] {
  const merged = db
    .prepare(`SELECT id, merged_into FROM records WHERE status = ${STATUS_CODES.merged} AND merged_into IS NOT NULL`)
    .raw()
    .all() as [number, number][]
  const distinct = db.prepare('SELECT record_a, record_b FROM dedupe_decisions').raw().all() as [number, number][]
  return [
    ...merged.map(([a, b]) => ({ a: Math.min(a, b), b: Math.max(a, b), match: true })),
    ...distinct.map(([a, b]) => ({ a, b, match: false }))
  ]
}
