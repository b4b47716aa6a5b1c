import { afterEach, describe, expect, it } from 'vitest'
import { snapshotContent } from '../../testing/tempDb'
import { bulkSession, type BulkTestSession } from './testing'

const sessions: BulkTestSession[] = []
afterEach(() => sessions.splice(0).forEach((s) => s.close()))

function setup(count: number, title: (i: number) => string) {
  const t = bulkSession()
  sessions.push(t)
  t.seed(Array.from({ length: count }, (_, i) => ({ title: title(i), startDate: '2015-03-01' })))
  return { t, before: snapshotContent(t.db) }
}

const replace = (find: string, by: string, mode: 'regex' | 'literal') =>
  ({ op: 'replace', field: 'title', find, replace: by, mode, caseSensitive: true, match: 'substring' }) as const
const everything = (count: number) => ({ kind: 'scope', scope: {}, count }) as const

describe('a bulk edit that would explode the text it writes', () => {
  it('an empty match replaced by 1,000 characters over many records: a clear error from preview and apply, nothing changed', async () => {
    // 3,000 titles of 50 characters would grow by 153,000,000 characters (about 300 MB).
    const { t, before } = setup(3_000, (i) => `Meeting on water and archives number ${String(i).padStart(12, '0')}`)
    for (const method of ['bulk:preview', 'bulk:apply']) {
      const answer = await t.raw(method, { target: everything(3_000), rule: replace('(?:)', 'x'.repeat(1000), 'regex') })
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', fields: { replace: 'the result would be far too long' } } })
      if (!answer.ok) expect(answer.error.message).toBe('this edit would add more than 16,000,000 characters of text; check the find and replace texts, or edit fewer records at a time; nothing was changed')
    }
    expect(snapshotContent(t.db)).toEqual(before)
  }, 60_000)

  it('one value grown past 100,000 characters stops the edit (literal find too)', async () => {
    const { t, before } = setup(3, () => 'a'.repeat(200))
    const answer = await t.raw('bulk:preview', { target: everything(3), rule: replace('a', 'b'.repeat(1000), 'literal') })
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    if (!answer.ok) expect(answer.error.message).toMatch(/^this edit would make a title 200,000 characters long \(at most 100,000 are allowed\)/)
    expect(snapshotContent(t.db)).toEqual(before)
  })

  it('a modest overflow is still shown as records left out, not an error', async () => {
    const { t } = setup(2, () => 'Short title')
    const preview = await t.call('bulk:preview', { target: everything(2), rule: replace('Short', 'L'.repeat(995), 'literal') })
    expect(preview).toMatchObject({ changed: 0, invalid: 2 })
  })
})
