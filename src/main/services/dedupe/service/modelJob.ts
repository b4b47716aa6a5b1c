import type { Db } from '../../../db/open'
import type { Services } from '../../context'
import type { JobControl } from '../../jobs/jobRunner'
import type { JobInfo } from '../../../../shared/contracts/jobs'
import type { ModelSummary } from '../../../../shared/contracts/dedupe'
import type { DedupeRecord } from '../types'
import { trainModel } from '../model/train'
import { modelWeights, type MatchModel } from '../model/model'
import { FIELDS, LEVEL_NAMES } from '../model/levels'
import { activeDedupeRecords } from './recordStream'
import { loadDecisions, loadModel, saveModel } from './modelStore'

/** Records a decision names that are no longer active (merged away): the labels need them too. */
function decidedRecords(db: Db, ids: readonly number[]): DedupeRecord[] {
  const select = db.prepare(
    `SELECT id, title, start_date AS startDate, end_date AS endDate, place, city, country, country_code AS countryCode, date_text AS dateText
     FROM records WHERE id = ? AND status != 0`
  )
  return ids.flatMap((id) => (select.get(id) as DedupeRecord | undefined) ?? [])
}

/** Re-estimates the collection's model from its records and the archivist's decisions, and stores it. */
export async function estimateAndStore(db: Db, control?: JobControl): Promise<MatchModel> {
  const decisions = loadDecisions(db)
  const ids = [...new Set(decisions.flatMap((d) => [d.a, d.b]))]
  const records = (function* () {
    yield* activeDedupeRecords(db)
    yield* decidedRecords(db, ids)
  })()
  const training = trainModel(records, decisions, undefined)
  let step = training.next()
  while (!step.done) {
    control?.progress(step.value, 'estimating the duplicate model')
    if (control) await control.breathe()
    step = training.next()
  }
  saveModel(db, step.value)
  return step.value
}

export function startEstimate(s: Services): JobInfo {
  return s.jobs.start('dedupe-estimate', async (control) => summariseModel(await estimateAndStore(s.db, control)))
}

/** The model as the UI and the CLI show it: each level's weight, and what it learned from. */
export function summariseModel(model: MatchModel): ModelSummary {
  const weights = modelWeights(model)
  const round1 = (value: number): number => Math.round(value * 10) / 10
  return {
    estimatedAt: model.estimatedAt,
    pairs: model.trainedOn.pairs,
    decisions: model.trainedOn.labelledMatches + model.trainedOn.labelledNonMatches,
    merges: model.trainedOn.labelledMatches,
    notDuplicates: model.trainedOn.labelledNonMatches,
    prior: model.prior,
    fields: FIELDS.map((field) => ({
      field,
      levels: LEVEL_NAMES[field].slice(1).map((name, index) => ({
        name,
        weight: round1(weights.fields[field][index + 1]!),
        m: model.fields[field].m[index + 1]!,
        u: model.fields[field].u[index + 1]!
      }))
    }))
  }
}

export function currentModel(db: Db): ModelSummary {
  return summariseModel(loadModel(db))
}
