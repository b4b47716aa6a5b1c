import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadRecords } from '../../db/recordRows'
import { EXPORT_COLUMNS } from '../../../shared/contracts/export'
import { exportToFile } from './exportFile'
import { writeExport, type ExportRequest } from './runExport'
import { openCollection, type TestCollection } from './testSupport/collection'
import { temporaryFolder } from './testSupport/records'

let c: TestCollection
let folder: string
let cleanup: () => void
beforeEach(() => {
  c = openCollection()
  ;({ folder, cleanup } = temporaryFolder())
})
afterEach(() => {
  c.close()
  cleanup()
})

/** Records using every field, with the text that needs quoting or escaping in each format. */
function fill(): void {
  const ids = c.insert([
    {
      title: 'Meeting on "water", rights; and\r\nmemory', startDate: '2015-10-29', endDate: '2015-10-30', dateText: '29–30 Oct. 2015',
      place: 'Neuchâtel (CH)', city: 'Neuchâtel', country: 'Switzerland', countryCode: 'CH', notes: 'Line one\nline, two',
      tags: ['water', 'Archives', 'été'], warnings: ['no year', 'guessed "place"'], confidence: 0.1 + 0.2, sourceFile: 'listing.txt',
      sourceLine: 12, sourceText: 'Meeting on "water"…', createdAt: '2024-05-01T10:00:00.000Z', updatedAt: '2024-05-02T11:30:15.000Z'
    },
    { title: 'Partial dates', startDate: '2009-11', endDate: '2010', city: 'Bern', country: 'Switzerland', tags: ['b', 'A'] },
    { title: 'No start date: left out of the calendar', startDate: null, notes: '=SUM(A1:A2)', confidence: 1 },
    { title: 'In the trash', startDate: '2020-01-01', tags: ['water'] },
    { title: 'Place only', startDate: '2021-02-03', place: 'Online', sourceLine: 0 }
  ])
  c.services.records.trash([ids[3]!])
}

const activeRecords = () => loadRecords(c.db, c.db.prepare('SELECT id FROM records WHERE status = 0 ORDER BY id').pluck().all() as number[])

/** The file as written, minus the moment of the export. */
function contents(path: string, format: ExportRequest['format']): unknown {
  if (format !== 'sqlite') return readFileSync(path, 'utf8').replace(/"exportedAt":"[^"]+"/, '"exportedAt":"…"')
  const db = new Database(path, { readonly: true })
  try {
    return [db.prepare('SELECT * FROM events ORDER BY id').all(), db.prepare("SELECT * FROM _about WHERE topic != 'exported_at'").all()]
  } finally {
    db.close()
  }
}

describe('an export from the collection', () => {
  const requests: [string, ExportRequest][] = [
    ['CSV', { format: 'csv', scope: { kind: 'all' } }],
    ['CSV, every column', { format: 'csv', scope: { kind: 'all' }, columns: [...EXPORT_COLUMNS].reverse(), bom: true, tagSeparator: ' | ' }],
    ['JSON', { format: 'json', scope: { kind: 'all' } }],
    ['JSON-LD', { format: 'jsonld', scope: { kind: 'all' } }],
    ['iCalendar', { format: 'ics', scope: { kind: 'all' } }],
    ['SQLite', { format: 'sqlite', scope: { kind: 'all' }, tagSeparator: ' | ' }]
  ]

  // It reads only the fields its format writes (formatFields.ts): a field missing from a list would be written empty here.
  it.each(requests)('%s: the same file as whole records give', async (_, request) => {
    fill()
    const fromCollection = join(folder, `collection.${request.format}`)
    const fromRecords = join(folder, `records.${request.format}`)
    const result = await writeExport(c.db, request, fromCollection)
    const expected = await exportToFile(fromRecords, request.format, activeRecords(), {
      columns: request.columns,
      bom: request.bom,
      tagSeparator: request.tagSeparator,
      calendarName: 'Curate export'
    })
    expect(result.count).toBe(request.format === 'ics' ? 3 : 4)
    expect(result).toMatchObject({ count: expected.count, skipped: expected.skipped })
    expect(contents(fromCollection, request.format)).toEqual(contents(fromRecords, request.format))
  })
})
