import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { openCollection } from '../../services/dedupe/service/testCollection'

const run = promisify(execFile)
const ROOT = path.resolve(import.meta.dirname, '../../../..')
const curate = (...args: string[]) => run(process.execPath, [path.join(ROOT, 'resources/bin/curate.mjs'), ...args], { cwd: ROOT })

function seededFile(): { file: string; ids: number[] } {
  const c = openCollection()
  const ids = c.insert([
    { title: 'Forum on Intercultural Cities', startDate: '2011-01-27', endDate: '2011-01-28', place: 'Torino (Italy)', city: 'Torino', countryCode: 'IT' },
    { title: 'Study visit on refugee welcome', startDate: '2015-10-22', endDate: '2015-10-23', place: 'Berlin (Germany)' },
    { title: 'Forum on intercultural cities.', startDate: '2011-01-27', endDate: '2011-01-28', place: 'Turin, Italy' }
  ])
  c.close()
  return { file: c.file, ids }
}

describe('curate dedupe', () => {
  it('prints the pairs as JSON with record ids, scores and reasons', async () => {
    const { file, ids } = seededFile()
    const { stdout } = await curate('dedupe', '--db', file, '--json')
    const printed = JSON.parse(stdout) as { pairs: { a: number; b: number; score: number; reasons: Record<string, unknown> }[] }
    expect(printed.pairs).toHaveLength(1)
    const [pair] = printed.pairs
    expect([pair!.a, pair!.b]).toEqual([ids[0], ids[2]])
    expect(pair!.score).toBeGreaterThanOrEqual(0.75)
    expect(printed).toMatchObject({ model: { learnedFrom: { decisions: 0 } } })
    expect(pair!.reasons).toMatchObject({ words: expect.arrayContaining([expect.stringMatching(/^same dates \(\+\d+\.\d\)$/), expect.stringMatching(/^same place \(\+\d+\.\d\)$/)]), dates: { level: 'same' }, place: { level: 'same place' } })
  }, 60_000)

  it('prints a readable table, leaves dismissed pairs out and refuses a bad threshold', async () => {
    const { file, ids } = seededFile()
    const table = await curate('dedupe', '--db', file)
    expect(table.stdout).toMatch(/3 records scanned in [\d.]+ s; 1 likely duplicate pairs at 0.75/)
    expect(table.stdout).toContain('Forum on intercultural cities.')
    const c = openCollection(file)
    await c.call('dedupe:dismiss', { pairs: [[ids[0], ids[2]]] })
    c.close()
    const afterDismissal = JSON.parse((await curate('dedupe', '--db', file, '--threshold', '0.5', '--json')).stdout)
    expect(afterDismissal).toMatchObject({ threshold: 0.5, pairs: [] })
    await expect(curate('dedupe', '--db', file, '--threshold', 'high')).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--threshold must be a number from 0 to 1') })
  }, 60_000)
})
