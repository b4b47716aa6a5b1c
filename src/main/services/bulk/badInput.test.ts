import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { bulkSession, SAMPLE_ROWS, type BulkTestSession } from './testing'
import { applyBulkEdit } from './apply'
import { RECIPE_FORMAT } from '../../../shared/contracts/bulk'

const sessions: BulkTestSession[] = []
afterEach(() => sessions.splice(0).forEach((s) => s.close()))

function setup() {
  const t = bulkSession()
  sessions.push(t)
  const ids = t.seed(SAMPLE_ROWS)
  return { t, ids, before: snapshotContent(t.db) }
}

const regex = (find: string) => ({ op: 'replace', field: 'allText', find, replace: 'x', mode: 'regex', caseSensitive: false, match: 'substring' }) as const

describe('bad input: a clear message and an unchanged database', () => {
  it('refuses an invalid regular expression', async () => {
    const { t, ids, before } = setup()
    for (const method of ['bulk:preview', 'bulk:apply']) {
      const answer = await t.raw(method, { target: { kind: 'ids', ids }, rule: regex('(unclosed') })
      expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', fields: { find: 'not a valid regular expression' } } })
      if (!answer.ok) expect(answer.error.message).toMatch(/^find: the regular expression is not valid \(.*\); nothing was changed$/)
    }
    // Wrapping for whole-value matching must not make a broken pattern valid.
    const sneaky = await t.raw('bulk:preview', { target: { kind: 'ids', ids }, rule: { ...regex('a)(b'), match: 'whole' } })
    expect(sneaky.ok).toBe(false)
    expect(snapshotContent(t.db)).toEqual(before)
  })

  it('stops a catastrophic pattern within its time limit, reports it and changes nothing', async () => {
    const { t, ids, before } = setup()
    t.s.log.run('seed', 'Seeded a trap', (ctx) => ctx.insert({ title: `${'a'.repeat(32)}!` }))
    const trapped = snapshotContent(t.db)
    const started = Date.now()
    expect(() => applyBulkEdit(t.s, { kind: 'ids', ids: [...ids, ids.at(-1)! + 1] }, regex('^(a+)+$'), { patternBudgetMs: 300 })).toThrow(
      /took longer than 0\.3 s and was stopped .*nothing was changed/
    )
    expect(Date.now() - started).toBeLessThan(3000)
    expect(snapshotContent(t.db)).toEqual(trapped)
    expect(before).not.toEqual(trapped)
  })

  it('refuses an empty selection, a search matching nothing, and the trash', async () => {
    const { t, before } = setup()
    const rule = { op: 'addTags', tags: ['x'] }
    const empty = await t.raw('bulk:apply', { target: { kind: 'ids', ids: [] }, rule })
    expect(empty).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', message: expect.stringContaining('No records are selected') } })
    const none = await t.raw('bulk:preview', { target: { kind: 'scope', scope: { search: 'nowhere' }, count: 0 }, rule })
    expect(none).toMatchObject({ ok: false, error: { message: 'No records match this search: there is nothing to edit' } })
    const gone = await t.raw('bulk:apply', { target: { kind: 'ids', ids: [999] }, rule })
    expect(gone).toMatchObject({ ok: false, error: { message: expect.stringContaining('None of the selected records') } })
    const trash = await t.raw('bulk:apply', { target: { kind: 'scope', scope: { status: 'trashed' }, count: 0 }, rule })
    expect(trash).toMatchObject({ ok: false, error: { message: expect.stringContaining('not on the trash') } })
    expect(snapshotContent(t.db)).toEqual(before)
  })

  it('never edits more records than the archivist saw', async () => {
    const { t, before } = setup()
    const answer = await t.raw('bulk:apply', { target: { kind: 'scope', scope: { search: 'montreal' }, count: 1 }, rule: { op: 'trash' } })
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('now matches 2 records, not the 1 record you saw') } })
    expect(snapshotContent(t.db)).toEqual(before)
    const right = await t.call('bulk:apply', { target: { kind: 'scope', scope: { search: 'montreal' }, count: 2 }, rule: { op: 'trash' } })
    expect(right.changed).toBe(2)
  })

  it('refuses a rule that changes nothing, and malformed rules', async () => {
    const { t, ids, before } = setup()
    const nothing = await t.raw('bulk:apply', { target: { kind: 'ids', ids }, rule: { ...regex('zzz'), mode: 'literal' } })
    expect(nothing).toMatchObject({ ok: false, error: { message: 'No record would change: nothing was applied' } })
    const unknownField = await t.raw('bulk:apply', { target: { kind: 'ids', ids }, rule: { op: 'set', field: 'uid', value: 'x' } })
    expect(unknownField).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    const extraKey = await t.raw('bulk:apply', { target: { kind: 'ids', ids }, rule: { op: 'trash', evil: true } })
    expect(extraKey).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(snapshotContent(t.db)).toEqual(before)
  })

  it('refuses a recipe from a newer version, of the wrong shape, or not a recipe at all', async () => {
    const { t, before } = setup()
    const step = { description: 'x', rule: { op: 'addTags', tags: ['x'] }, scope: {} }
    const cases: [unknown, RegExp][] = [
      [{ format: RECIPE_FORMAT, version: 2, createdAt: 'now', steps: [step], future: true }, /newer version of Curate \(recipe version 2; this version reads version 1\)/],
      [{ format: RECIPE_FORMAT, version: 1, createdAt: 'now', steps: [{ ...step, rule: { op: 'zap' } }] }, /not in the expected shape \(step 1, operation: /],
      [{ format: RECIPE_FORMAT, version: 1, createdAt: 'now', steps: [{ ...step, rule: { op: 'trash' } }] }, /cannot be part of a recipe/],
      [{ format: RECIPE_FORMAT, version: 1, createdAt: 'now', steps: [] }, /at least one step/],
      [[1, 2, 3], /not a Curate recipe/],
      [{ format: 'curate-records', version: 1 }, /not a Curate recipe/],
      [{ format: RECIPE_FORMAT, version: 1, createdAt: 'now', steps: [{ ...step, rule: regex('[') }] }, /Step 1 \(x\): find: the regular expression is not valid/]
    ]
    for (const [recipe, message] of cases) {
      for (const dryRun of [true, false]) {
        const answer = await t.raw('bulk:applyRecipe', { recipe, dryRun })
        expect(answer.ok).toBe(false)
        if (!answer.ok) expect(answer.error.message).toMatch(message)
      }
    }
    expect(snapshotContent(t.db)).toEqual(before)
  })
})
