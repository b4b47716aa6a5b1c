import { afterEach, describe, expect, it } from 'vitest'
import type { NewRow } from '../../operations/log'
import type { DuplicateQueue, ModelSummary } from '../../../../shared/contracts/dedupe'
import { openCollection, type TestCollection } from './testCollection'

const open: TestCollection[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})

const row = (title: string, startDate: string, place: string): NewRow => ({ title, startDate, endDate: startDate, place })
const rows: NewRow[] = [
  row('Forum on Intercultural Cities', '2011-01-27', 'Torino (Italy)'),
  row('Forum on intercultural cities.', '2011-01-27', 'Turin, Italy'),
  row('Masters de Londres', '2011-11-20', 'Londres'),
  row('Barclays ATP World Tour Finals', '2011-11-20', 'London'),
  row('Study visit on refugee welcome', '2015-10-22', 'Berlin (Germany)'),
  row('Seminar on urban safety', '2015-10-22', 'Berlin (Germany)'),
  row('Meeting of the coordinators', '2013-05-02', 'Oslo (Norway)')
]

function seeded(): { c: TestCollection; ids: number[] } {
  const c = openCollection()
  open.push(c)
  return { c, ids: c.insert(rows) }
}

describe('the duplicate model of a collection', () => {
  it('estimates anew at the next scan when the stored model has another version\'s levels', async () => {
    const { c } = seeded()
    await c.job('dedupe:scan')
    const stored = JSON.parse(c.db.prepare('SELECT model FROM dedupe_model WHERE id = 1').pluck().get() as string)
    // As a version with one date level fewer stored it.
    stored.fields.dates.m.pop()
    stored.fields.dates.u.pop()
    stored.estimatedAt = '2020-01-01T00:00:00.000Z'
    c.db.prepare('UPDATE dedupe_model SET model = ? WHERE id = 1').run(JSON.stringify(stored))
    await c.job('dedupe:scan')
    const after = (await c.call('dedupe:model')) as ModelSummary
    expect(after.estimatedAt).not.toBe('2020-01-01T00:00:00.000Z')
    expect(after.pairs).toBeGreaterThan(0)
  })

  it('is the starting model until estimated; the first scan estimates and stores it', async () => {
    const { c } = seeded()
    const before = (await c.call('dedupe:model')) as ModelSummary
    expect(before.estimatedAt).toBeNull()
    expect(before.fields.map((f) => f.field)).toEqual(['dates', 'place', 'title', 'numbers'])
    await c.job('dedupe:scan')
    const after = (await c.call('dedupe:model')) as ModelSummary
    expect(after.estimatedAt).not.toBeNull()
    expect(after.pairs).toBeGreaterThan(0)
    expect(c.db.prepare('SELECT count(*) FROM dedupe_model').pluck().get()).toBe(1)
  })

  it('learns from merges and "not duplicates", and says how many decisions it learned from', async () => {
    const { c, ids } = seeded()
    await c.call('dedupe:merge', { survivorId: ids[0], mergedIds: [ids[1]] })
    await c.call('dedupe:dismiss', { pairs: [[ids[4], ids[5]]] })
    const summary = (await c.job('dedupe:estimate')) as ModelSummary
    expect(summary).toMatchObject({ decisions: 2, merges: 1, notDuplicates: 1 })
    const queue = (await c.call('dedupe:queue')) as DuplicateQueue
    expect(queue.model.decisions).toBe(2)
    // Undoing a decision takes its lesson back at the next estimate: "not duplicates" is itself an
    // operation in the History now, so the first undo takes it back, the second the merge.
    await c.call('history:undo')
    expect((await c.job('dedupe:estimate')) as ModelSummary).toMatchObject({ merges: 1, notDuplicates: 0 })
    await c.call('history:undo')
    expect((await c.job('dedupe:estimate')) as ModelSummary).toMatchObject({ merges: 0, notDuplicates: 0 })
  })

  it('rejects arguments it does not know', async () => {
    const { c } = seeded()
    const answer = await c.raw('dedupe:estimate', { pairs: 3 })
    expect(answer.ok).toBe(false)
  })
})
