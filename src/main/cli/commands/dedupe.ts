import type { CommandRun } from '../command'
import { withSession } from './base'
import { pendingPairsWithEvidence } from '../../services/dedupe/service/queue'
import { DEFAULT_THRESHOLD } from '../../services/dedupe/engine/weights'
import type { ScanSummary } from '../../../shared/contracts/dedupe'
import { AppError } from '../../../shared/errors'
import { currentModel } from '../../services/dedupe/service/modelJob'

function parseThreshold(text: string | boolean | undefined): number {
  if (text === undefined || typeof text === 'boolean') return DEFAULT_THRESHOLD
  const value = Number(text)
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new AppError('INVALID_ARGUMENT', `--threshold must be a number from 0 to 1 (got '${text}')`)
  }
  return value
}

const shorten = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text)

/** `curate dedupe`. */
export const runDedupe: CommandRun = (context) => {
  const threshold = parseThreshold(context.values.threshold)
  return withSession(context, async (session) => {
    const started = await session.call('dedupe:scan', { threshold })
    const finished = await session.services.jobs.wait(started.id)
    if (finished.state !== 'done') throw new AppError(finished.error?.code ?? 'INTERNAL', `the scan did not finish: ${finished.message}`)
    const summary = finished.result as ScanSummary
    const pairs = pendingPairsWithEvidence(session.db, threshold)
    if (context.values.json) {
      // reasons: the words, then each field's level and weight (log2 m/u) and what it rests on.
      const out = pairs.map((p) => ({ a: p.a, b: p.b, score: p.score, probability: p.reasons[0], reasons: { words: p.reasons, ...p.evidence } }))
      const model = currentModel(session.db)
      const learnedFrom = { pairs: model.pairs, decisions: model.decisions, merges: model.merges, notDuplicates: model.notDuplicates }
      context.out(JSON.stringify({ threshold, records: summary.records, model: { estimatedAt: model.estimatedAt, learnedFrom }, pairs: out }, null, 2))
      return
    }
    context.out(`${summary.records.toLocaleString('en')} records scanned in ${summary.seconds} s; ${pairs.length.toLocaleString('en')} likely duplicate pairs at ${threshold}`)
    const model = currentModel(session.db)
    context.out(`model estimated from ${model.pairs.toLocaleString('en')} compared pairs and ${model.decisions} of your decisions (${model.merges} merges, ${model.notDuplicates} "not duplicates")`)
    if (pairs.length === 0) return
    const titles = new Map<number, string>()
    const titleOf = session.db.prepare('SELECT title FROM records WHERE id = ?').pluck()
    const title = (id: number): string => titles.get(id) ?? (titles.set(id, titleOf.get(id) as string), titles.get(id)!)
    context.out('')
    context.out(`${'score'.padStart(5)}  ${'a'.padStart(7)}  ${'b'.padStart(7)}  why`)
    for (const p of pairs) {
      context.out(`${p.score.toFixed(2).padStart(5)}  ${String(p.a).padStart(7)}  ${String(p.b).padStart(7)}  ${p.reasons.join('; ')}`)
      context.out(`${' '.repeat(23)}${shorten(title(p.a), 90)}`)
      context.out(`${' '.repeat(23)}${shorten(title(p.b), 90)}`)
    }
  })
}
