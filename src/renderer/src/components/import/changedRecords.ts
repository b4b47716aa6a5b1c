import type { PreviewRecord } from '../../../../shared/contracts/import'

/** The fields that say whether a record is read the same way. */
const readingKey = (r: PreviewRecord): string => JSON.stringify([r.sourceLine, r.title, r.startDate, r.endDate, r.place, r.countryCode])

/** How many records of `after` are not read as in `before`, and how many of `before` are gone. */
export function changedRecords(before: readonly PreviewRecord[], after: readonly PreviewRecord[]): number {
  const old = new Map<string, number>()
  for (const r of before) old.set(readingKey(r), (old.get(readingKey(r)) ?? 0) + 1)
  let changed = 0
  for (const r of after) {
    const key = readingKey(r)
    const left = old.get(key) ?? 0
    if (left > 0) old.set(key, left - 1)
    else changed++
  }
  return changed + Math.max(0, before.length - after.length)
}
