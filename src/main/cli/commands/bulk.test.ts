import fs from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runCli } from '../main'
import { snapshotContent, tempDbPath } from '../../testing/tempDb'
import { bulkSession, SAMPLE_ROWS, type BulkTestSession } from '../../services/bulk/testing'

const sessions: BulkTestSession[] = []
afterEach(() => sessions.splice(0).forEach((s) => s.close()))

async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  const status = await runCli(argv, (t) => out.push(t), (t) => err.push(t))
  return { status, out: out.join('\n'), err: err.join('\n') }
}

describe('curate recipe and curate apply', () => {
  it('extracts a recipe from one collection and applies it to another, dry run first', async () => {
    const source = bulkSession()
    sessions.push(source)
    source.seed(SAMPLE_ROWS)
    const applied = await source.call('bulk:apply', {
      target: { kind: 'scope', scope: {}, count: 5 },
      rule: { op: 'replace', field: 'city', find: 'montreal', replace: 'Montréal', mode: 'literal', caseSensitive: false, match: 'whole' }
    })
    source.close()
    sessions.pop()
    const exported = await cli('recipe', '--from', String(applied.operation.id), '--to', String(applied.operation.id), '--db', source.file)
    expect(exported.status).toBe(0)
    const recipeFile = path.join(path.dirname(source.file), 'recipe.json')
    fs.writeFileSync(recipeFile, exported.out)

    const target = bulkSession(tempDbPath())
    target.seed(SAMPLE_ROWS)
    const before = snapshotContent(target.db)
    const dry = await cli('apply', recipeFile, '--db', target.file, '--dry-run')
    expect(dry).toMatchObject({ status: 0, err: '' })
    expect(dry.out).toBe(' 1. Replaced whole values “montreal” with “Montréal” in city: 5 records in scope, 2 would change\nDry run: 2 records would change; nothing was written.')
    expect(snapshotContent(target.db)).toEqual(before)
    const real = await cli('apply', recipeFile, '--db', target.file)
    expect(real.out).toMatch(/2 changed\nApplied 1 step to 2 records/)
    expect(target.db.prepare("SELECT count(*) FROM records WHERE city = 'Montréal'").pluck().get()).toBe(2)
    target.close()
  })

  it('fails with a clear message and a non-zero status on a bad recipe file', async () => {
    const t = bulkSession()
    t.seed(SAMPLE_ROWS)
    const before = snapshotContent(t.db)
    t.close()
    const dir = path.dirname(t.file)
    fs.writeFileSync(path.join(dir, 'broken.json'), '{\n  "format": "curate-recipe",\n  oops\n}')
    fs.writeFileSync(path.join(dir, 'newer.json'), JSON.stringify({ format: 'curate-recipe', version: 9, steps: [] }))
    const broken = await cli('apply', path.join(dir, 'broken.json'), '--db', t.file)
    expect(broken.status).toBe(1)
    expect(broken.err).toMatch(/broken\.json is not valid JSON \(line 3\)/)
    const newer = await cli('apply', path.join(dir, 'newer.json'), '--db', t.file)
    expect(newer).toMatchObject({ status: 1, err: expect.stringContaining('newer version of Curate') })
    expect((await cli('apply', path.join(dir, 'missing.json'), '--db', t.file)).err).toMatch(/cannot read .*missing\.json: no such file/)
    expect((await cli('apply', '--db', t.file)).status).toBe(2)
    expect((await cli('recipe', '--from', 'x', '--to', '2', '--db', t.file)).status).toBe(2)
    const after = bulkSession(t.file)
    expect(snapshotContent(after.db)).toEqual(before)
    after.close()
  })
})
