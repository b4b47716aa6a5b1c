import { afterAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { bulkSession, contentForUndo, SAMPLE_ROWS } from './testing'
import { BULK_FIELDS, TRANSFORMS, type BulkRule, type BulkTarget } from '../../../shared/contracts/bulk'
import type { NewRow } from '../operations/log'

const t = bulkSession()
afterAll(() => t.close())

const word = fc.constantFrom('Montreal', 'montreal', 'Schweiz', 'Summit', 'meeting', 'a', 'é', ' ', '  ', '[fr]', 'Lisbon', '2015', '')
const phrase = fc.array(word, { maxLength: 5 }).map((w) => w.join(' '))
const field = fc.constantFrom(...BULK_FIELDS)
const tag = fc.constantFrom('visit', 'Meeting', 'meeting', 'network', 'new-tag', 'curated')

const rule: fc.Arbitrary<BulkRule> = fc.oneof(
  fc.record({ op: fc.constant('set' as const), field, value: phrase }),
  fc.record({ op: fc.constant('clear' as const), field }),
  fc.record({
    op: fc.constant('replace' as const),
    field: fc.oneof(field, fc.constant('allText' as const)),
    find: fc.constantFrom('Montreal', 'e', '(\\w+)al', '^S', '\\s+', 'a|é', '2015'),
    replace: fc.constantFrom('', '$1', 'Montréal', 'X'),
    mode: fc.constantFrom('literal' as const, 'regex' as const),
    caseSensitive: fc.boolean(),
    match: fc.constantFrom('substring' as const, 'whole' as const)
  }),
  fc.record({ op: fc.constant('transform' as const), field: fc.oneof(field, fc.constant('allText' as const)), transform: fc.constantFrom(...TRANSFORMS) }),
  fc.record({ op: fc.constantFrom('addTags' as const, 'removeTags' as const), tags: fc.array(tag, { minLength: 1, maxLength: 3 }) }),
  fc.record({
    op: fc.constant('map' as const),
    field,
    caseSensitive: fc.boolean(),
    entries: fc.array(fc.record({ from: fc.constantFrom('Schweiz', 'montreal', 'Canada', 'PT'), to: fc.option(phrase, { nil: null }) }), { minLength: 1, maxLength: 3 })
  }),
  fc.record({ op: fc.constant('shiftDates' as const), days: fc.integer({ min: -800, max: 800 }).filter((d) => d !== 0) }),
  fc.record({ op: fc.constant('setYear' as const), year: fc.integer({ min: 1990, max: 2030 }) }),
  fc.constant({ op: 'trash' as const })
)

const rows: NewRow[] = Array.from({ length: 4 }, () => SAMPLE_ROWS).flat()
const ids = t.seed(rows)
const scope = fc.oneof(
  fc.subarray(ids, { minLength: 1 }).map((chosen): BulkTarget => ({ kind: 'ids', ids: chosen })),
  fc.constantFrom('montreal', 'summit', 'conference', '').map((search): BulkTarget => ({ kind: 'scope', scope: { search: search || undefined }, count: -1 }))
)

describe('apply then undo leaves the collection exactly as it was', () => {
  it('for random rules and scopes', async () => {
    let applied = 0
    await fc.assert(
      fc.asyncProperty(rule, scope, async (r, target) => {
        if (target.kind === 'scope') {
          target = { ...target, count: (await t.call('records:query', { ...target.scope, limit: 1 })).total }
        }
        const before = contentForUndo(t.db)
        const answer = await t.raw('bulk:apply', { target, rule: r })
        if (!answer.ok) {
          // Refused (nothing would change, or nothing matched): nothing may have changed either.
          expect(contentForUndo(t.db)).toEqual(before)
          return
        }
        applied++
        const after = contentForUndo(t.db)
        await t.call('history:undo', undefined)
        expect(contentForUndo(t.db)).toEqual(before)
        await t.call('history:redo', undefined)
        expect(contentForUndo(t.db)).toEqual(after)
        await t.call('history:undo', undefined)
      }),
      { numRuns: 150, seed: 20240611 }
    )
    expect(applied).toBeGreaterThan(60)
  })
})
