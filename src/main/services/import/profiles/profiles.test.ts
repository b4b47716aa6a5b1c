import { describe, expect, it } from 'vitest'
import { snapshotContent } from '../../../testing/tempDb'
import type { ImportPreview } from '../../../../shared/contracts/import'
import type { ReadingProfile } from '../../../../shared/contracts/profiles'
import type { ReadingInstruction } from '../../../../shared/readingInstructions'
import { importRecordOf } from '../../../../shared/contracts/import'
import { sessionsPerTest, type Session } from '../pipeline/testing'
import { pageShapeOf, shapeSimilarity, PROFILE_MATCH_THRESHOLD, sourceNameOf } from './shape'
import { shouldParseOffThread } from '../worker/parseOffThread'

const session = sessionsPerTest()

/** A concert hall's page: title, date, time, hall. The time lines make the reader lose the hall. */
function concertPage(events: [string, string, string, string][]): string {
  return ['Concerts at the hall', '', ...events.flatMap(([title, date, time, hall]) => [title, date, time, hall, ''])].join('\n')
}
const firstPage = concertPage([
  ['Opening night', '3 May 2021', '19:30', 'Great Hall'],
  ['Piano evening', '10 May 2021', '20:00', 'Small Hall'],
  ['Choir of the valley', '17 May 2021', '18:00', 'Great Hall'],
  ['Closing night', '24 May 2021', '20:30', 'Great Hall']
])
const nextPage = concertPage([
  ['Summer serenade', '7 June 2021', '19:00', 'Garden Hall'],
  ['Brass band', '14 June 2021', '20:00', 'Great Hall'],
  ['Late quartet', '21 June 2021', '21:30', 'Small Hall']
])
const ignoreTimes: ReadingInstruction = { kind: 'lineRole', lines: { by: 'shape', shape: '9:9' }, role: 'ignore' }
/** The collection's content but the log of operations (an undone operation stays in it, marked undone). */
const withoutLog = (content: Record<string, unknown[]>): Record<string, unknown[]> => {
  const { operations: _operations, ...rest } = content
  return rest
}
const places = (p: ImportPreview): (string | null)[] => p.records.map((r) => r.place)

async function commit(s: Session, p: ImportPreview): Promise<void> {
  await s.call('import:commit', {
    source: { fileName: p.fileName, sha256: p.sha256, format: p.format, skippedLines: p.skipped.length, profileId: p.profile?.id ?? null },
    records: p.records.map((r) => importRecordOf(r))
  })
}

describe('source profiles', () => {
  it('reads the page again with an instruction, saves it as a profile, and reads the next page of that shape with it', async () => {
    const s = session()
    const plain = await s.preview({ text: firstPage, fileName: 'hall-2021-05.txt' })
    expect(places(plain)).not.toEqual(['Great Hall', 'Small Hall', 'Great Hall', 'Great Hall'])
    expect(plain.profile).toBeNull()
    expect(plain.shape?.source).toBe('hall')
    const taught = await s.preview({ text: firstPage, fileName: 'hall-2021-05.txt', instructions: [ignoreTimes] })
    expect(places(taught)).toEqual(['Great Hall', 'Small Hall', 'Great Hall', 'Great Hall'])

    const { profile } = await s.call<{ profile: ReadingProfile }>('profiles:save', { name: 'Concert hall', instructions: [ignoreTimes], shape: taught.shape })
    await commit(s, { ...taught, profile: { id: profile.id, name: profile.name, score: 1, uses: 0 } })

    // Next month's page, pasted with no file name: matched by its shape alone.
    const next = await s.preview({ text: nextPage })
    expect(next.profile).toMatchObject({ id: profile.id, name: 'Concert hall', uses: 1 })
    expect(next.profile!.score).toBeGreaterThanOrEqual(PROFILE_MATCH_THRESHOLD)
    expect(next.profileInstructions).toEqual([ignoreTimes])
    expect(places(next)).toEqual(['Garden Hall', 'Great Hall', 'Small Hall'])
    // One click reads it without the profile.
    const without = await s.preview({ text: nextPage, profile: 'none' })
    expect(without.profile).toBeNull()
    expect(places(without)).not.toEqual(['Garden Hall', 'Great Hall', 'Small Hall'])
    // Undoing the import takes it out of the profile's count.
    await s.call('history:undo', {})
    expect((await s.call<ReadingProfile[]>('profiles:list'))[0]!.uses).toBe(0)
  })

  it('matches and applies the profile in the parse worker for a large page', async () => {
    const s = session()
    const shape = (await s.preview({ text: firstPage })).shape
    await s.call('profiles:save', { name: 'Concert hall', instructions: [ignoreTimes], shape })
    const days = Array.from({ length: 6000 }, (_, i) => [`Concert number ${i + 1} of the long season of the hall`, `${(i % 28) + 1} May 2021`, '19:30', i % 2 === 0 ? 'Great Hall' : 'Small Hall'])
    const big = concertPage(days as [string, string, string, string][])
    expect(shouldParseOffThread(big)).toBe(true)
    const preview = await s.preview({ text: big })
    expect(preview.profile?.name).toBe('Concert hall')
    expect(preview.records).toHaveLength(6000)
    expect(preview.records.slice(0, 2).map((r) => r.place)).toEqual(['Great Hall', 'Small Hall'])
  })

  it("never gives a deleted profile's id, and so its imports, to a new profile", async () => {
    const s = session()
    const taught = await s.preview({ text: firstPage, instructions: [ignoreTimes] })
    const { profile } = await s.call<{ profile: ReadingProfile }>('profiles:save', { name: 'Concert hall', instructions: [ignoreTimes], shape: taught.shape })
    await commit(s, { ...taught, profile: { id: profile.id, name: profile.name, score: 1, uses: 0 } })
    await s.call('profiles:delete', { id: profile.id })
    const { profile: next } = await s.call<{ profile: ReadingProfile }>('profiles:save', { name: 'Other hall', instructions: [ignoreTimes], shape: taught.shape })
    expect(next.id).not.toBe(profile.id)
    expect(next.uses).toBe(0)
  })

  it('does not apply a profile to a page of another shape', async () => {
    const s = session()
    const shape = (await s.preview({ text: firstPage })).shape
    await s.call('profiles:save', { name: 'Concert hall', instructions: [ignoreTimes], shape })
    const table = ['Date\tTitle\tPlace', '3 May 2021\tRiver talk\tBern, Switzerland', '4 May 2021\tBridge talk\tLyon, France'].join('\n')
    const other = await s.preview({ text: table })
    expect(other.profile).toBeNull()
    expect(shapeSimilarity(pageShapeOf(table), shape!)).toBeLessThan(PROFILE_MATCH_THRESHOLD)
  })

  it('saves, renames and deletes as operations that undo and redo exactly', async () => {
    const s = session()
    const shape = (await s.preview({ text: firstPage })).shape
    const empty = withoutLog(snapshotContent(s.db))
    const { profile } = await s.call<{ profile: ReadingProfile }>('profiles:save', { name: 'Concert hall', instructions: [ignoreTimes], shape })
    await s.call('profiles:rename', { id: profile.id, name: 'Hall programme' })
    expect((await s.call<ReadingProfile[]>('profiles:list')).map((p) => p.name)).toEqual(['Hall programme'])
    await s.call('profiles:delete', { id: profile.id })
    expect(await s.call('profiles:list')).toEqual([])
    await s.call('history:undo', {})
    expect((await s.call<ReadingProfile[]>('profiles:list')).map((p) => [p.id, p.name])).toEqual([[profile.id, 'Hall programme']])
    await s.call('history:undo', {})
    expect((await s.call<ReadingProfile[]>('profiles:list'))[0]).toMatchObject({ name: 'Concert hall', instructions: [ignoreTimes] })
    await s.call('history:undo', {})
    expect(await s.call('profiles:list')).toEqual([])
    expect(withoutLog(snapshotContent(s.db))).toEqual(empty)
    await s.call('history:redo', {})
    expect((await s.call<ReadingProfile[]>('profiles:list')).map((p) => p.name)).toEqual(['Concert hall'])
  })

  it('refuses bad arguments with a clear error and changes nothing', async () => {
    const s = session()
    const shape = (await s.preview({ text: firstPage })).shape
    await s.call('profiles:save', { name: 'Concert hall', instructions: [ignoreTimes], shape })
    const before = withoutLog(snapshotContent(s.db))
    const refusals = [
      await s.raw('profiles:save', { name: 'Empty', instructions: [], shape }),
      await s.raw('profiles:save', { name: 'Bad', instructions: [{ kind: 'lineRole', lines: { by: 'label', label: 'Date' }, role: 'speaker' }], shape }),
      await s.raw('profiles:save', { name: ' ', instructions: [ignoreTimes], shape }),
      await s.raw('profiles:rename', { id: 999, name: 'Other' }),
      await s.raw('profiles:delete', { id: 999 }),
      await s.raw('import:preview', { text: firstPage, profile: 'sometimes' })
    ]
    expect(refusals.map((r) => r.ok)).toEqual([false, false, false, false, false, false])
    expect(refusals.map((r) => (r.ok ? '' : r.error.code))).toEqual(['INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'INVALID_ARGUMENT', 'NOT_FOUND', 'NOT_FOUND', 'INVALID_ARGUMENT'])
    const { profile } = await s.call<{ profile: ReadingProfile }>('profiles:save', { name: 'Second', instructions: [{ kind: 'placeAfterDate' }], shape })
    const taken = await s.raw('profiles:rename', { id: profile.id, name: 'concert HALL' })
    expect(taken.ok ? '' : taken.error.code).toBe('CONFLICT')
    await s.call('history:undo', {})
    expect(withoutLog(snapshotContent(s.db))).toEqual(before)
  })

  it('names a source by what stays from page to page', () => {
    expect(sourceNameOf('07-merida-biblioteca-2024-10.txt')).toBe('merida biblioteca')
    expect(sourceNameOf('https://www.example.org/agenda?page=2')).toBe('example.org')
    expect(sourceNameOf(null)).toBeNull()
  })
})
