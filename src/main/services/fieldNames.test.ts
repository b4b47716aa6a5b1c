/**
 * Errors name fields as the UI labels them (issue 16: "Errors name user-facing fields, never
 * internal ones (`sourceText: Too big`)"), through the API's dispatcher and through the CLI.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { dispatchSessionsPerTest } from '../testing/dispatchSession'

const session = dispatchSessionsPerTest()

const record = (overrides: Record<string, unknown>) => ({
  title: 'Spring seminar', startDate: '2015-03-14', endDate: '2015-03-15', dateText: null, place: null, city: null, country: null,
  countryCode: null, notes: null, tags: [], sourceLine: 1, sourceText: 'Spring seminar', confidence: 1, warnings: [], ...overrides
})
const source = { fileName: 'listing.txt', sha256: 'a'.repeat(64), format: 'text', skippedLines: 0 }

describe('argument errors through the API name the field as the UI does', () => {
  it('an over-long source text of the second record is "record 2, Source text: too long", never "records.1.sourceText: Too big"', async () => {
    const answer = await session().raw('import:commit', { source, records: [record({}), record({ sourceText: 'x'.repeat(100_001) })] })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.code).toBe('INVALID_ARGUMENT')
    expect(answer.error.message).toBe('record 2, Source text: too long (at most 100,000 characters)')
    expect(answer.error.message).not.toMatch(/sourceText|Too big|records\.1/)
    // The form still finds its field by key.
    expect(Object.keys(answer.error.fields ?? {})).toEqual(['records.1.sourceText'])
  })

  it('a record edit names Title, Country code and a tag by their labels', async () => {
    const answer = await session().raw('records:update', { id: 1, version: 1, patch: { title: 't'.repeat(1001), countryCode: 'XX', tags: ['ok', ''] } })
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.error.message).toContain('Title: too long (at most 1,000 characters)')
    expect(answer.error.message).toContain('Country code: must be a known ISO 3166-1 alpha-2 country code')
    expect(answer.error.message).toContain('tag 2: a tag cannot be empty')
    expect(answer.error.message).not.toMatch(/countryCode|patch\.|tags\.1/)
  })
})

describe('the CLI names the field as the UI does', () => {
  it('a listing whose title is over 1,000 characters: "line 7: left out: Title: too long"', () => {
    const dir = mkdtempSync(join(tmpdir(), 'curate-field-names-'))
    const file = join(dir, 'long.txt')
    const longTitle = 'Conference on archives and records '.repeat(40).trim()
    writeFileSync(file, `Annual meeting\n\n12 May 2010\n\nGhent, Belgium\n\n${longTitle}\n\n14 June 2011\n\nGhent, Belgium\n`)
    const cli = resolve(import.meta.dirname, '../../../resources/bin/curate.mjs')
    const run = spawnSync(process.execPath, [cli, 'import', file, '--db', join(dir, 'c.sqlite')], { encoding: 'utf8', env: { ...process.env, CURATE_DB: '' } })
    expect(run.status).toBe(0)
    expect(run.stderr).toMatch(/line \d+: left out: Title: too long \(at most 1,000 characters\)/)
    expect(run.stderr).not.toMatch(/title: Too big|Too big/)
  }, 60_000)
})
