import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { bulkSession, SAMPLE_ROWS, type BulkTestSession } from './testing'
import type { BulkRule } from '../../../shared/contracts/bulk'
import type { ReadingProfile } from '../../../shared/contracts/profiles'
import { pageShapeOf } from '../import/profiles/shape'
import type { ReadingInstruction } from '../../../shared/readingInstructions'

const sessions: BulkTestSession[] = []
afterEach(() => sessions.splice(0).forEach((s) => s.close()))
function open(): BulkTestSession {
  const t = bulkSession()
  sessions.push(t)
  return t
}

const montreal: BulkRule = { op: 'replace', field: 'city', find: '^montr[eé]al$', replace: 'Montréal', mode: 'regex', caseSensitive: false, match: 'substring' }
const countries: BulkRule = { op: 'map', field: 'country', caseSensitive: false, entries: [{ from: 'Schweiz', to: 'Switzerland', also: { countryCode: 'CH' } }] }
const tidy: BulkRule = { op: 'transform', field: 'allText', transform: 'trim' }

describe('recipes', () => {
  it('carry the reading profiles to the other collection, which adds those it has no profile of that name for', async () => {
    const source = open()
    const ids = source.seed(SAMPLE_ROWS)
    const instructions: ReadingInstruction[] = [{ kind: 'titleEnds', before: 'bracket' }]
    await source.call('profiles:save', { name: 'Concert hall', instructions, shape: pageShapeOf('Opening night\n3 May 2021\nGreat Hall', 'hall.txt') })
    const edit = await source.call('bulk:apply', { target: { kind: 'scope', scope: {}, count: ids.length }, rule: montreal })
    const { recipe } = await source.call('bulk:exportRecipe', { fromId: edit.operation.id, toId: edit.operation.id })
    expect(recipe.profiles?.map((p) => [p.name, p.instructions])).toEqual([['Concert hall', instructions]])

    const target = open()
    target.seed(SAMPLE_ROWS)
    const file = JSON.parse(JSON.stringify(recipe)) as unknown
    expect((await target.call('bulk:applyRecipe', { recipe: file, dryRun: true })).profilesAdded).toEqual(['Concert hall'])
    expect(await target.call('profiles:list', {})).toEqual([])
    expect((await target.call('bulk:applyRecipe', { recipe: file, dryRun: false })).profilesAdded).toEqual(['Concert hall'])
    expect(((await target.call('profiles:list', {})) as ReadingProfile[]).map((p) => p.name)).toEqual(['Concert hall'])
    // Applied again, the profile it already has is kept as it is.
    expect((await target.call('bulk:applyRecipe', { recipe: file, dryRun: false })).profilesAdded).toBeUndefined()
  })

  it('exports the rule-based bulk edits of a range and replays them on another collection, dry run first', async () => {
    const source = open()
    const ids = source.seed(SAMPLE_ROWS)
    const all = { kind: 'scope', scope: {}, count: ids.length } as const
    const first = await source.call('bulk:apply', { target: all, rule: montreal })
    await source.call('records:update', { id: ids[0]!, version: 2, patch: { notes: 'hand edit' } })
    await source.call('bulk:apply', { target: all, rule: countries })
    await source.call('bulk:apply', { target: { kind: 'ids', ids: [ids[1]!] }, rule: tidy })
    await source.call('bulk:apply', { target: all, rule: { op: 'setYear', year: 2020 } })
    const tagged = await source.call('bulk:apply', { target: { kind: 'scope', scope: { search: 'seminar' }, count: 1 }, rule: { op: 'addTags', tags: ['faith'] } })

    const { recipe, skipped } = await source.call('bulk:exportRecipe', { fromId: first.operation.id, toId: tagged.operation.id })
    expect(recipe).toMatchObject({ format: 'curate-recipe', version: 1 })
    expect(recipe.steps.map((s) => s.rule.op)).toEqual(['replace', 'map', 'addTags'])
    expect(recipe.steps[2]!.scope).toEqual({ search: 'seminar' })
    expect(skipped.map((s) => s.reason)).toEqual([
      'not a bulk edit',
      'it applied to hand-picked records, which another collection does not have',
      'it sets values on particular records rather than by rule'
    ])

    const target = open()
    const targetIds = target.seed([...SAMPLE_ROWS].reverse())
    const untouched = snapshotContent(target.db)
    const recipeFile = JSON.parse(JSON.stringify(recipe)) as unknown
    const dry = await target.call('bulk:applyRecipe', { recipe: recipeFile, dryRun: true })
    expect(dry).toMatchObject({ dryRun: true, changed: 2 + 1 + 1, invalid: 0 })
    expect(dry.steps.map((s) => s.changed)).toEqual([2, 1, 1])
    expect(dry.steps.every((s) => s.operation === null)).toBe(true)
    expect(dry.steps[0]!.sample.map((r) => r.diffs[0])).toContainEqual({ field: 'city', before: 'montreal', after: 'Montréal' })
    expect(snapshotContent(target.db)).toEqual(untouched)

    const real = await target.call('bulk:applyRecipe', { recipe: recipeFile, dryRun: false })
    expect(real.steps.map((s) => s.changed)).toEqual([2, 1, 1])
    expect(real.steps.map((s) => s.operation?.kind)).toEqual(['bulk', 'bulk', 'bulk'])
    const records = (await target.call('records:query', { limit: 10, sort: { field: 'id', direction: 'asc' } })).rows
    expect(records.map((r) => r.id)).toEqual(targetIds)
    expect(records.filter((r) => r.city === 'Montréal')).toHaveLength(2)
    expect(records.find((r) => r.country === 'Switzerland')).toMatchObject({ countryCode: 'CH' })
    expect(records.find((r) => r.title.startsWith('Seminar'))!.tags).toEqual(['faith'])
    const history = await target.call('history:list', {})
    expect(history.items[0]!.description).toBe('Added tag “faith” (1 record)')
  })

  it('a step that matches nothing changes nothing, and a failing step undoes the steps before it', async () => {
    const t = open()
    t.seed(SAMPLE_ROWS)
    const before = snapshotContent(t.db)
    const step = (rule: BulkRule, search?: string) => ({ description: 'step', rule, scope: search ? { search } : {} })
    const recipe = (steps: unknown[]) => ({ format: 'curate-recipe', version: 1, createdAt: '2024-01-01T00:00:00Z', steps })
    const quiet = await t.call('bulk:applyRecipe', { recipe: recipe([step(tidy, 'nothing-like-this')]), dryRun: false })
    expect(quiet).toMatchObject({ changed: 0, steps: [{ inScope: 0, operation: null }] })
    expect(snapshotContent(t.db)).toEqual(before)
    const failing = await t.raw('bulk:applyRecipe', { recipe: recipe([step(montreal), step({ ...montreal, find: '(' })]), dryRun: false })
    expect(failing).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^Step 2 \(step\): find: the regular expression is not valid/) } })
    expect(snapshotContent(t.db)).toEqual(before)
  })

  it('says so when the range holds nothing to export', async () => {
    const t = open()
    t.seed(SAMPLE_ROWS)
    const answer = await t.raw('bulk:exportRecipe', { fromId: 1, toId: 1 })
    expect(answer).toMatchObject({ ok: false, error: { message: expect.stringContaining('hold no rule-based bulk edit') } })
  })
})
