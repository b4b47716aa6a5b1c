import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The real command, as an archivist runs it: a child process through resources/bin/curate.mjs. */
const CLI = resolve(import.meta.dirname, '../../../../resources/bin/curate.mjs')
const SLOW = 120_000

function curate(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, CURATE_DB: '' } })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** A concert hall's page: title, date, time, hall; the time lines make the reader lose the hall. */
const page = (events: string[][]): string => ['Concerts at the hall', '', ...events.flatMap((e) => [...e, ''])].join('\n')
const MAY = page([
  ['Opening night', '3 May 2021', '19:30', 'Great Hall'],
  ['Piano evening', '10 May 2021', '20:00', 'Small Hall'],
  ['Closing night', '24 May 2021', '20:30', 'Great Hall']
])
const JUNE = page([
  ['Summer serenade', '7 June 2021', '19:00', 'Garden Hall'],
  ['Brass band', '14 June 2021', '20:00', 'Great Hall']
])
const INSTRUCTIONS = [{ kind: 'lineRole', lines: { by: 'shape', shape: '9:9' }, role: 'ignore' }]

const placesOf = (stdout: string): (string | null)[] => (JSON.parse(stdout) as { records: { place: string | null }[] }).records.map((r) => r.place)

describe('curate parse --profile and curate profiles', () => {
  it(
    'teaches with --instructions, saves a profile, reads the next page with it, lists, renames, deletes and undoes',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'curate-cli-profiles-'))
      const db = join(dir, 'collection.sqlite')
      const may = join(dir, 'hall-2021-05.txt')
      const june = join(dir, 'hall-2021-06.txt')
      const taught = join(dir, 'hall.json')
      writeFileSync(may, MAY)
      writeFileSync(june, JUNE)
      writeFileSync(taught, JSON.stringify({ name: 'Concert hall', instructions: INSTRUCTIONS }))

      expect(placesOf(curate(['parse', may, '--json']).stdout)).not.toEqual(['Great Hall', 'Small Hall', 'Great Hall'])
      expect(placesOf(curate(['parse', may, '--instructions', taught, '--json']).stdout)).toEqual(['Great Hall', 'Small Hall', 'Great Hall'])

      expect(curate(['import', may, '--db', db, '--instructions', taught]).status).toBe(0)
      const saved = curate(['profiles', 'save', 'Concert hall', may, '--instructions', taught, '--db', db])
      expect(saved.stderr).toBe('')
      expect(saved.stdout).toContain("Saved the reading profile 'Concert hall' (1 instruction)")

      const parsed = curate(['parse', june, '--profile', 'concert hall', '--db', db, '--json'])
      expect(parsed.stderr).toContain("read as 'Concert hall'")
      expect(placesOf(parsed.stdout)).toEqual(['Garden Hall', 'Great Hall'])

      // Import finds the profile by the page's shape, and counts the import.
      const imported = curate(['import', june, '--db', db])
      expect(imported.stderr).toContain("note: read as 'Concert hall', from 0 earlier imports (--profile none reads without it)")
      const listed = curate(['profiles', '--db', db])
      expect(listed.stdout).toMatch(/1 {2}Concert hall {2}\(1 import; source: hall\)/)
      expect(listed.stdout).toContain("lines shaped '9:9': ignored")

      expect(curate(['profiles', 'rename', 'Concert hall', 'Hall programme', '--db', db]).stdout).toContain("Renamed the reading profile 'Concert hall' to 'Hall programme'")
      expect(curate(['profiles', 'delete', 'hall programme', '--db', db]).status).toBe(0)
      expect(curate(['profiles', '--db', db]).stdout).toContain('no reading profiles yet')
      expect(curate(['undo', '--db', db]).stdout).toContain("Undone: Deleted the reading profile 'Hall programme'")
      const shown = JSON.parse(curate(['profiles', 'show', 'Hall programme', '--db', db, '--json']).stdout) as { instructions: unknown }
      expect(shown.instructions).toEqual(INSTRUCTIONS)
    },
    SLOW
  )

  it(
    'names what is wrong: an unknown profile, a bad instructions file, an unknown action',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'curate-cli-profiles-'))
      const db = join(dir, 'collection.sqlite')
      const may = join(dir, 'hall.txt')
      const bad = join(dir, 'bad.json')
      writeFileSync(may, MAY)
      writeFileSync(bad, JSON.stringify([{ kind: 'lineRole', lines: { by: 'label', label: 'Date' }, role: 'speaker' }]))
      expect(curate(['import', may, '--db', db]).status).toBe(0)
      const unknown = curate(['parse', may, '--profile', 'Nobody', '--db', db])
      expect(unknown.status).not.toBe(0)
      expect(unknown.stderr).toContain("no profile is named 'Nobody'")
      const wrong = curate(['parse', may, '--instructions', bad])
      expect(wrong.status).not.toBe(0)
      expect(wrong.stderr).toContain(`${bad}: not a list of reading instructions`)
      const action = curate(['profiles', 'frobnicate', '--db', db])
      expect(action.stderr).toContain("unknown action 'frobnicate'")
    },
    SLOW
  )
})
