const WORD = /[\p{L}\p{N}\p{M}]/u

/**
 * Splits two texts into the shared start, the changed middles and the shared end, for
 * highlighting. The change is widened to whole words (“Montreal” → “Montréal” rather than
 * “e” → “é”), which is easier to see at a glance; dates and codes stay character-exact.
 */
export function textDiff(before: string, after: string): { prefix: string; removed: string; added: string; suffix: string } {
  let start = 0
  const limit = Math.min(before.length, after.length)
  while (start < limit && before[start] === after[start]) start++
  let end = 0
  while (end < limit - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++
  const wordy = /\p{L}/u.test(before.slice(start, before.length - end) + after.slice(start, after.length - end))
  const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c)
  if (wordy && (isWord(before[start]) || isWord(after[start]))) {
    while (start > 0 && isWord(before[start - 1])) start--
  }
  if (wordy && (isWord(before[before.length - end - 1]) || isWord(after[after.length - end - 1]))) {
    while (end > 0 && isWord(before[before.length - end])) end--
  }
  return {
    prefix: before.slice(0, start),
    removed: before.slice(start, before.length - end),
    added: after.slice(start, after.length - end),
    suffix: before.slice(before.length - end)
  }
}
