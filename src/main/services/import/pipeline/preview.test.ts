import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { snapshotContent } from '../../../testing/tempDb'
import { MAX_INPUT_BYTES } from '../index'
import { CSV_FIELDS } from '../csv'
import { IMPORT_COLUMN_FIELDS, type ImportPreview } from '../../../../shared/contracts/import'
import type { JobInfo } from '../../../../shared/contracts/jobs'
import { buildPreview } from './preview'
import { FIXTURE_NAME, fixtureText, sessionsPerTest } from './testing'

const session = sessionsPerTest()

const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64')

describe('import:preview', () => {
  it('reads the pasted fixture: 73 records beside their source lines, the heading skipped', async () => {
    const s = session()
    const text = fixtureText()
    const preview = await s.preview({ text, fileName: FIXTURE_NAME })
    expect(preview).toMatchObject({ format: 'text', fileName: FIXTURE_NAME, columns: null, duplicates: 0, notices: [] })
    expect(preview.sha256).toBe(createHash('sha256').update(text).digest('hex'))
    expect(preview.records).toHaveLength(73)
    expect(preview.skipped).toEqual([{ line: 1, text: 'Intercultural cities : Meetings and events', reason: 'heading' }])
    for (const record of preview.records) {
      expect(text.split('\n').slice(record.sourceLine - 1).join('\n').startsWith(record.sourceText)).toBe(true)
      expect(record.identity).toBeNull()
    }
    expect(preview.records.filter((r) => r.warnings.length > 0)).toHaveLength(12)
  })

  it('takes a file as base64 bytes, and the same bytes hash the same', async () => {
    const s = session()
    const bytes = Buffer.from(fixtureText(), 'utf8')
    const preview = await s.preview({ base64: base64(bytes), fileName: FIXTURE_NAME, format: 'text' })
    expect(preview.records).toHaveLength(73)
    expect(preview.sha256).toBe(createHash('sha256').update(bytes).digest('hex'))
  })

  it('applies the year setting where the text gives none', async () => {
    const s = session()
    const text = 'Spring seminar\n\n14-15 March\n\nGhent, Belgium\n'
    const without = await s.preview({ text })
    expect(without.records[0]).toMatchObject({ startDate: null })
    const withYear = await s.preview({ text, year: 2019 })
    expect(withYear.records[0]).toMatchObject({ startDate: '2019-03-14', endDate: '2019-03-15', countryCode: 'BE' })
  })

  it('shows the CSV column mapping and re-reads with the one chosen', async () => {
    const s = session()
    const csv = 'Event,When,Where,Remarks\nAnnual meeting,12 May 2010,"Paris, France",first\nStudy day,3 June 2011,Gent,second\n'
    const guessed = await s.preview({ text: csv, fileName: 'events.csv' })
    expect(guessed.format).toBe('csv')
    expect(guessed.columns).toEqual([
      { header: 'Event', field: 'title' },
      { header: 'When', field: 'date' },
      { header: 'Where', field: 'place' },
      { header: 'Remarks', field: 'notes' }
    ])
    const remapped = await s.preview({ text: csv, fileName: 'events.csv', columnMap: ['notes', 'date', 'place', 'title'] })
    expect(remapped.records.map((r) => r.title)).toEqual(['first', 'second'])
    expect(remapped.records[0]!.notes).toBe('Annual meeting')
  })

  it('offers exactly the fields the CSV importer maps', () => {
    expect([...IMPORT_COLUMN_FIELDS]).toEqual([...CSV_FIELDS])
  })

  it('says when a file is Windows-1252 and reads its accents', async () => {
    const s = session()
    const bytes = Uint8Array.from([...Buffer.from('Assembl'), 0xe9, ...Buffer.from('e g'), 0xe9, ...Buffer.from('n'), 0xe9, ...Buffer.from('rale\n\n12 mai 2010\n\nGen'), 0xe8, ...Buffer.from('ve (Suisse)\n')])
    const preview = await s.preview({ base64: base64(bytes), fileName: 'old.txt' })
    expect(preview.notices[0]).toMatch(/old\.txt: the file is not UTF-8; read as Windows-1252/)
    expect(preview.records[0]).toMatchObject({ title: 'Assemblée générale', city: 'Genève', countryCode: 'CH' })
  })
})

describe('bad input: a clear message naming the problem and the line, nothing written', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['empty text', { text: '' }, /the file is empty/],
    ['blank text', { text: ' \n\t\n' }, /only blank space/],
    ['an empty file', { base64: '', fileName: 'x.txt' }, /the file is empty/],
    ['a binary file', { base64: base64(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])), fileName: 'photo.png' }, /^line 1: the file looks binary, not text: a NUL character/],
    ['ragged CSV', { text: 'title,date,place\nA,2010\nB\nC,2012,x,y\nD,2013,z\n', fileName: 'a.csv' }, /line 2: most rows \(3 of 4\) do not have the 3 fields/],
    ['JSON of the wrong shape', { text: '{"format":"curate-records","version":1,"records":{}}' }, /'records' must be a list/],
    ['invalid JSON', { text: '{\n"format": "curate-records",\n"version": 1,,\n}', fileName: 'x.json' }, /line 3: invalid JSON/],
    ['text without dates', { text: 'Our archive\nA list of things\n\nNothing dated here\n' }, /no events found: none of the 3 lines has a date/]
  ]
  it.each(cases)('%s', async (_label, args, message) => {
    const s = session()
    await s.call('records:create', { fields: { title: 'Already here' } })
    const before = snapshotContent(s.db)
    const job = await s.previewJob(args)
    expect(job.state).toBe('failed')
    expect(job.error?.code).toBe('PARSE_ERROR')
    expect(job.error?.message).toMatch(message)
    expect(snapshotContent(s.db)).toEqual(before)
  })

  it('refuses a file above the size limit', async () => {
    const s = session()
    const control = { progress: () => {}, cancelled: false, breathe: async () => {} }
    const request = { input: new Uint8Array(MAX_INPUT_BYTES + 1).fill(65), fileName: 'huge.txt', format: 'auto' as const, year: null, columnMap: null }
    await expect(buildPreview(s.db, request, control)).rejects.toMatchObject({ code: 'PARSE_ERROR', message: expect.stringMatching(/too large.*limit is 64 MB/) })
  })

  it('refuses arguments that are not an import (both inputs, unknown keys, a bad column field)', async () => {
    const s = session()
    expect(await s.raw('import:preview', { text: 'a', base64: 'YQ==' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await s.raw('import:preview', {})).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await s.raw('import:preview', { text: 'a', colour: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await s.raw('import:preview', { text: 'a', columnMap: ['colour'] })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(await s.raw('import:preview', { base64: 'not base64!' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
  })
})

describe('a large parse runs as a job that yields and can be cancelled', () => {
  // Long enough to outlast several polls even on a fast day (the parse got faster; 60 copies no longer did).
  const COPIES = 200
  const big = (): string => Array.from({ length: COPIES }, () => fixtureText()).join('\n\n\n')

  it('reports progress while running, so main answers other calls meanwhile', async () => {
    const s = session()
    const started = await s.call<JobInfo>('import:preview', { text: big() })
    const seen: number[] = []
    let job = started
    while (job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5))
      job = await s.call<JobInfo>('jobs:get', { id: started.id })
      if (job.state === 'running') seen.push(job.progress)
    }
    expect(job.state).toBe('done')
    expect((job.result as ImportPreview).records).toHaveLength(COPIES * 73)
    // Polls were answered while the parse ran, and saw it move on.
    expect(new Set(seen).size).toBeGreaterThan(2)
  })

  it('stops on cancel, with nothing written', async () => {
    const s = session()
    const before = snapshotContent(s.db)
    const started = await s.call<JobInfo>('import:preview', { text: big() })
    let job = started
    while (job.progress < 0.1 && job.state === 'running') {
      await new Promise((resolve) => setTimeout(resolve, 5))
      job = await s.call<JobInfo>('jobs:get', { id: started.id })
    }
    await s.call('jobs:cancel', { id: started.id })
    const finished = await s.services.jobs.wait(started.id, 2)
    expect(finished.state).toBe('cancelled')
    expect(snapshotContent(s.db)).toEqual(before)
  })
})
