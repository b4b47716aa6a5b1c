import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { renderCsv } from './csv'
import { collect, makeRecord } from './testSupport/records'
import { parseCsv } from '../import/csv'

const CLI = resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
const HOSTILE = ['=HYPERLINK("http://evil.example","click")', '+41 22 000', '-30% budget', '@SUM(A1:A9)', '\t=1+1', '\r=1+1']

function cells(text: string): string[] {
  const rows = Papa.parse<string[]>(text.replace(/\r\n$/, ''), { newline: '\r\n' }).data
  return rows.slice(1).map((row) => row[0]!)
}

describe('CSV formula cells (OWASP)', () => {
  it('are made inert by default: a leading apostrophe, and quoted', () => {
    const text = collect(renderCsv(HOSTILE.map((title, i) => makeRecord({ id: i + 1, title })), { columns: ['title'] }))
    expect(cells(text)).toEqual(HOSTILE.map((title) => `'${title}`))
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`)
    // Ordinary values, and values with a formula character further in, are untouched.
    const plain = collect(renderCsv([makeRecord({ title: 'Water = life' }), makeRecord({ title: "'quoted" })], { columns: ['title'] }))
    expect(cells(plain)).toEqual(['Water = life', "'quoted"])
  })

  it('are written verbatim when the guard is turned off', () => {
    const text = collect(renderCsv(HOSTILE.map((title, i) => makeRecord({ id: i + 1, title })), { columns: ['title'], formulaGuard: false }))
    expect(cells(text)).toEqual(HOSTILE)
  })

  it('the CLI help says so and --keep-formulas is the way out', () => {
    const help = spawnSync(process.execPath, [CLI, 'export', '--help'], { encoding: 'utf8' })
    expect(help.stdout).toMatch(/CSV cells starting with =, \+, -, @, a tab or CR are written with a leading apostrophe/)
    expect(help.stdout).toMatch(/--keep-formulas/)
  }, 30_000)

  it('import keeps the leading apostrophe or tab that made a cell inert', () => {
    const csv = 'title,notes,place\r\nA,"\t=HYPERLINK(""x"")","\'=cmd|\' /C calc\'!A0"\r\nB,"  plain  ",Geneva\r\n'
    const { records } = parseCsv(csv)
    expect(records.map((r) => [r.notes, r.place])).toEqual([
      ['\t=HYPERLINK("x")', "'=cmd|' /C calc'!A0"],
      ['plain', 'Geneva']
    ])
  })
})
