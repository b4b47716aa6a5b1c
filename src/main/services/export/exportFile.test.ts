import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Papa from 'papaparse'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { RecordsEnvelope } from '../../../shared/record'
import { ExportCancelledError, ExportError } from './errors'
import { exportToFile } from './exportFile'
import { generateRecords, makeRecord, temporaryFolder } from './testSupport/records'

describe('exportToFile', () => {
  let folder: string
  let cleanup: () => void
  beforeEach(() => ({ folder, cleanup } = temporaryFolder()))
  afterEach(() => cleanup())

  it('writes each text format and reports count and bytes', async () => {
    for (const format of ['csv', 'json', 'jsonld', 'ics'] as const) {
      const path = join(folder, `out.${format}`)
      const result = await exportToFile(path, format, [makeRecord()])
      expect(result).toEqual({ path, count: 1, skipped: 0, bytes: readFileSync(path).length })
    }
    expect(readdirSync(folder).sort()).toEqual(['out.csv', 'out.ics', 'out.json', 'out.jsonld'])
  })

  it('writes UTF-8 with the BOM as bytes EF BB BF', async () => {
    const path = join(folder, 'excel.csv')
    await exportToFile(path, 'csv', [makeRecord()], { bom: true })
    expect([...readFileSync(path).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(readFileSync(path, 'utf8')).toContain('Neuchâtel')
  })

  it('counts records skipped by the iCalendar export', async () => {
    const records = [makeRecord(), makeRecord({ uid: 'x', startDate: null, endDate: null })]
    const result = await exportToFile(join(folder, 'a.ics'), 'ics', records)
    expect(result).toMatchObject({ count: 1, skipped: 1 })
  })

  it('replaces an existing file and leaves nothing else in the folder', async () => {
    const path = join(folder, 'out.json')
    writeFileSync(path, 'old')
    await exportToFile(path, 'json', generateRecords(2_000))
    expect(readdirSync(folder)).toEqual(['out.json'])
    expect((JSON.parse(readFileSync(path, 'utf8')) as RecordsEnvelope).records).toHaveLength(2_000)
  })

  it('a folder that does not exist: clear error, nothing created', async () => {
    const path = join(folder, 'nope', 'out.csv')
    await expect(exportToFile(path, 'csv', [makeRecord()])).rejects.toThrow(
      new ExportError('no-folder', `cannot write to ${path}: the folder does not exist`)
    )
    expect(readdirSync(folder)).toEqual([])
  })

  it('a path under a file (ENOTDIR, fails even for root): clear error', async () => {
    writeFileSync(join(folder, 'a-file'), 'x')
    const path = join(folder, 'a-file', 'out.csv')
    const attempt = exportToFile(path, 'csv', [makeRecord()])
    await expect(attempt).rejects.toMatchObject({ code: 'no-folder', message: `cannot write to ${path}: the folder does not exist` })
    expect(readdirSync(folder)).toEqual(['a-file'])
  })

  it('a folder in the way of the destination: clear error, folder and its content kept', async () => {
    const path = join(folder, 'out.csv')
    mkdirSync(path)
    writeFileSync(join(path, 'inside'), 'keep')
    await expect(exportToFile(path, 'csv', generateRecords(1_000))).rejects.toMatchObject({
      name: 'ExportError',
      code: 'is-folder',
      message: `cannot write to ${path}: a folder with that name is already there`
    })
    expect(readdirSync(folder)).toEqual(['out.csv'])
    expect(readFileSync(join(path, 'inside'), 'utf8')).toBe('keep')
  })

  it('cancelled mid-way: no file, and an existing destination unchanged', async () => {
    const path = join(folder, 'out.csv')
    writeFileSync(path, 'old content')
    let calls = 0
    const attempt = exportToFile(path, 'csv', generateRecords(100_000), {
      total: 100_000,
      onProgress: (written) => {
        calls++
        expect(written).toBeGreaterThan(0)
        expect(written).toBeLessThanOrEqual(100_000)
        return calls === 5
      }
    })
    await expect(attempt).rejects.toBeInstanceOf(ExportCancelledError)
    expect(readdirSync(folder)).toEqual(['out.csv'])
    expect(readFileSync(path, 'utf8')).toBe('old content')
  })

  it('stops reading the record source when cancelled', async () => {
    let produced = 0
    function* source() {
      for (const record of generateRecords(100_000)) {
        produced++
        yield record
      }
    }
    await expect(exportToFile(join(folder, 'x.csv'), 'csv', source(), { onProgress: () => true })).rejects.toThrow(/cancelled/)
    expect(produced).toBeLessThan(5_000)
  })

  it('a failing record source: the error passes through unchanged and no file is left', async () => {
    function* broken() {
      yield makeRecord()
      throw new Error('database went away')
    }
    await expect(exportToFile(join(folder, 'x.json'), 'json', broken())).rejects.toThrow('database went away')
    expect(readdirSync(folder)).toEqual([])
  })

  it('rejects unknown columns and formats before touching the disk', async () => {
    const path = join(folder, 'x.csv')
    await expect(exportToFile(path, 'csv', [], { columns: ['bogus' as 'id'] })).rejects.toMatchObject({ code: 'invalid-options' })
    await expect(exportToFile(path, 'xml' as 'csv', [])).rejects.toMatchObject({ code: 'invalid-options' })
    expect(existsSync(path)).toBe(false)
    expect(readdirSync(folder)).toEqual([])
  })

  it('streams 200,000 records to CSV with bounded memory, and the file is complete', async () => {
    const path = join(folder, 'big.csv')
    global.gc?.()
    const before = process.memoryUsage().heapUsed
    let peak = before
    const result = await exportToFile(path, 'csv', generateRecords(200_000), {
      onProgress: () => void (peak = Math.max(peak, process.memoryUsage().heapUsed))
    })
    expect(result.count).toBe(200_000)
    // The file is ~25 MB of text; holding it (as UTF-16 strings) would add well over 50 MB.
    // Garbage collection timing varies, so the bound is generous and the test is about correctness.
    expect(peak - before).toBeLessThan(40 * 1024 * 1024)
    expect(result.bytes).toBeGreaterThan(20 * 1024 * 1024)
    const text = readFileSync(path, 'utf8')
    const rows = Papa.parse<string[]>(text.slice(0, -2), { newline: '\r\n' }).data
    expect(rows).toHaveLength(200_001)
    expect(rows[200_000]![0]).toBe('200000')
  })
})
