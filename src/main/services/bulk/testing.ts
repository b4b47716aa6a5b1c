import type { Db } from '../../db/open'
import { snapshotContent } from '../../testing/tempDb'
import { openTestCollection } from '../../testing/collection'
import type { Services } from '../context'
import type { NewRow } from '../operations/log'
import type { Envelope } from '../../../shared/errors'
import type { Method, MethodArgs, MethodResults } from '../../../shared/contract'

/** A real collection file with the app's services and handlers, for the bulk tests. */
export interface BulkTestSession {
  db: Db
  file: string
  s: Services
  call<M extends Method>(method: M, args: MethodArgs<M>): Promise<MethodResults[M]>
  raw(method: string, args: unknown): Promise<Envelope<unknown>>
  seed(rows: NewRow[]): number[]
  close(): void
}

export function bulkSession(file?: string): BulkTestSession {
  const base = openTestCollection({ file })
  return {
    db: base.db,
    file: base.file,
    s: base.services,
    raw: base.raw,
    call: base.call as BulkTestSession['call'],
    seed: base.insert,
    close: base.close
  }
}

/**
 * The collection's content for “apply then undo leaves it as it was”. Left out, and why:
 * records.version (every write bumps it, undo included, so editors notice the change),
 * the operations log itself (it records the undone operation), tag names no record uses any
 * more (a tag an undone edit created stays in the tag list, unused), and facet counts that
 * dropped back to zero (the count rows stay, at 0).
 */
export function contentForUndo(db: Db): Record<string, unknown[]> {
  const all = snapshotContent(db)
  delete all.operations
  delete all.operation_changes
  delete all.tags
  all.records = (all.records as Record<string, unknown>[]).map(({ version: _version, ...rest }) => rest)
  if (all.facet_counts) all.facet_counts = (all.facet_counts as { n: number }[]).filter((row) => row.n !== 0)
  all.record_tags = db
    .prepare('SELECT rt.record_id, t.name FROM record_tags rt JOIN tags t ON t.id = rt.tag_id ORDER BY rt.record_id, t.name')
    .all()
  return all
}

/** A small collection with the problems bulk edits are for. */
export const SAMPLE_ROWS: NewRow[] = [
  { title: 'Study visit on refugee welcome', startDate: '2015-10-22', endDate: '2015-10-23', place: 'Montreal (Canada)', city: 'Montreal', country: 'Canada', countryCode: 'CA', tags: ['visit'] },
  { title: 'Seminar on faith  in cities [fr]', startDate: '2016-02-29', endDate: '2016-02-29', place: 'Montreal', city: 'montreal', country: 'canada', countryCode: 'CA' },
  { title: 'Network meeting', startDate: '2009-11', endDate: '2009-11', place: 'Neuchâtel (Schweiz)', city: 'Neuchâtel', country: 'Schweiz', countryCode: null, tags: ['network', 'Meeting'] },
  { title: 'Annual conference', startDate: '2015-12-30', endDate: '2016-01-02', place: 'Lisbon, Portugal', city: 'Lisbon', country: 'Portugal', countryCode: 'PT', notes: 'Keynote  by   the mayor' },
  { title: 'Summit', startDate: '2013', endDate: null, place: null, city: null, country: 'Suisse', countryCode: null }
]
