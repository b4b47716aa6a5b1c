import type { Db } from '../../../db/open'
import { STATUS_CODES } from '../../../db/recordRows'
import type { OperationLog } from '../../operations/log'
import type { OperationSummary } from '../../operations/types'
import type { JobControl } from '../../jobs/jobRunner'
import type { ClusterField, ClusterList, ClusterMethodName } from '../../../../shared/contracts/dedupe'
import { AppError } from '../../../../shared/errors'
import { clusterValues, type ValueCount } from '../cluster/clusterValues'

const LISTED_CLUSTERS = 500
const COLUMNS = { place: 'place', city: 'city', country: 'country', title: 'title' } as const
/** The longest value each field accepts, as the record schema says. */
const MAX_LENGTH: Record<ClusterField, number> = { place: 500, city: 200, country: 200, title: 1000, tag: 100 }
const LABEL: Record<ClusterField, string> = { place: 'place', city: 'city', country: 'country', title: 'title', tag: 'tag' }

/** How many active records carry each distinct value of a field. */
export function valueCounts(db: Db, field: ClusterField): ValueCount[] {
  if (field === 'tag') {
    return db
      .prepare(
        `SELECT t.name AS value, count(*) AS count FROM record_tags rt JOIN tags t ON t.id = rt.tag_id
         JOIN records r ON r.id = rt.record_id AND r.status = ? GROUP BY t.id`
      )
      .all(STATUS_CODES.active) as ValueCount[]
  }
  const column = COLUMNS[field]
  return db
    .prepare(`SELECT ${column} AS value, count(*) AS count FROM records WHERE status = ? AND ${column} IS NOT NULL AND ${column} != '' GROUP BY ${column}`)
    .all(STATUS_CODES.active) as ValueCount[]
}

/** The clustering job: counts the values, then clusters them with the chosen method. */
export async function runClusters(
  db: Db,
  control: JobControl,
  field: ClusterField,
  method: ClusterMethodName,
  params: { ngramSize?: number; maxDistance?: number } = {}
): Promise<ClusterList> {
  control.progress(0.05, `counting ${LABEL[field]} values`)
  const counts = valueCounts(db, field)
  await control.breathe()
  control.progress(0.3, `clustering ${counts.length.toLocaleString('en')} distinct values`)
  const clusters = clusterValues(counts, method, params)
  return { field, method, clusters: clusters.slice(0, LISTED_CLUSTERS), distinctValues: counts.length, totalClusters: clusters.length }
}

/** Active records whose field holds one of `values` (a tag counts when the record has it). */
function recordsWithValues(db: Db, field: ClusterField, values: readonly string[]): number[] {
  const ids = new Set<number>()
  for (let from = 0; from < values.length; from += 500) {
    const chunk = values.slice(from, from + 500)
    const marks = chunk.map(() => '?').join(',')
    const sql =
      field === 'tag'
        ? `SELECT DISTINCT rt.record_id FROM record_tags rt JOIN tags t ON t.id = rt.tag_id JOIN records r ON r.id = rt.record_id
           WHERE r.status = ? AND t.name IN (${marks})`
        : `SELECT id FROM records WHERE status = ? AND ${COLUMNS[field]} IN (${marks})`
    for (const id of db.prepare(sql).pluck().all(STATUS_CODES.active, ...chunk) as number[]) ids.add(id)
  }
  return [...ids].sort((x, y) => x - y)
}

function checkCanonical(field: ClusterField, canonical: string): void {
  if (canonical.length > MAX_LENGTH[field]) {
    throw new AppError('INVALID_ARGUMENT', `canonical: a ${LABEL[field]} has at most ${MAX_LENGTH[field]} characters`, { canonical: 'too long' })
  }
  if (field === 'tag' && /[\r\n]/.test(canonical)) throw new AppError('INVALID_ARGUMENT', 'canonical: a tag cannot contain a line break', { canonical: 'line break' })
}

const quoted = (values: readonly string[]): string =>
  values.length <= 3 ? values.map((v) => `“${v}”`).join(', ') : `${values.slice(0, 2).map((v) => `“${v}”`).join(', ')} and ${values.length - 2} more`

/**
 * Writes the canonical value over every member value in active records, as ONE undoable
 * operation. For tags, the member tags are replaced by the canonical tag on each record.
 */
export function applyCluster(db: Db, log: OperationLog, field: ClusterField, values: readonly string[], canonical: string): { operation: OperationSummary; changed: number } {
  checkCanonical(field, canonical)
  const members = [...new Set(values)].filter((v) => v !== canonical)
  const ids = members.length === 0 ? [] : recordsWithValues(db, field, members)
  if (ids.length === 0) throw new AppError('NOT_FOUND', `no active record has ${quoted(values)} as its ${LABEL[field]} any more; nothing was changed`)
  const memberKeys = new Set(members.map((v) => v.toLowerCase()))
  const description = (changed: number): string =>
    `Changed ${LABEL[field]} ${quoted(members)} to “${canonical}” in ${changed} record${changed === 1 ? '' : 's'}`
  const { operation, result } = log.run(
    'cluster',
    description,
    (ctx) => {
      let changed = 0
      for (const id of ids) {
        if (field !== 'tag') {
          if (ctx.change(id, { [field]: canonical })) changed++
          continue
        }
        const tags = ctx.store.read(id, ['tags']).tags as string[]
        const kept = tags.filter((t) => !memberKeys.has(t.toLowerCase()) && t.toLowerCase() !== canonical.toLowerCase())
        if (ctx.change(id, { tags: [...kept, canonical].sort((x, y) => x.toLowerCase().localeCompare(y.toLowerCase())) })) changed++
      }
      return changed
    },
    { details: { field, values: members, canonical } }
  )
  return { operation, changed: result }
}
