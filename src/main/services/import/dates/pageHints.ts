/**
 * What a whole page says that one line cannot: its languages (from its month and weekday
 * words) and its numeric date order. The reader computes these once and passes them to
 * findDatesInLine (FindOptions.languages, FindOptions.numericOrder).
 */

import { foldWord, lookUpName } from './monthNames'
import { languageRank } from './locales'
import { numericOrderVotes } from './numericDates'

/** Enough to decide; a 100,000-line listing is not read to the end for this. */
const MAX_LINES = 3000
const MAX_NAME_WORDS = 400
const WORD = /\p{L}[\p{L}\p{M}'’]*/gu
const SCRIPTS: [RegExp, string][] = [
  [/\p{Script=Hangul}/u, 'ko'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, 'ja']
]
const HAN = /\p{Script=Han}/u
const MINOR_WORD_MIN_LENGTH = 6

/**
 * The page's languages, most likely first, from the month and weekday words it uses
 * ("stycznia", "lutego" → pl; "listopad" alone is Polish, Czech or Croatian and counts for each),
 * and from its script for Korean, Japanese and Chinese. Languages scoring under half the best are left out.
 */
export function guessPageLanguages(lines: readonly string[]): string[] {
  const scores = new Map<string, number>()
  const vote = (language: string, weight: number): void => {
    scores.set(language, (scores.get(language) ?? 0) + weight)
  }
  let nameWords = 0
  const seenScripts = new Set<string>()
  let han = false
  for (const line of lines.slice(0, MAX_LINES)) {
    for (const [pattern, language] of SCRIPTS) if (!seenScripts.has(language) && pattern.test(line)) seenScripts.add(language)
    han ||= HAN.test(line)
    for (const match of line.matchAll(WORD)) {
      const word = foldWord(match[0])
      const entry = lookUpName(word)
      if (entry === undefined || (entry.minorOnly && word.length < MINOR_WORD_MIN_LENGTH)) continue
      const languages = new Set<string>()
      for (const reading of [...entry.months, ...entry.weekdays]) for (const l of reading.languages) languages.add(l)
      languages.delete('extra')
      // A word many languages share says little about which one the page is in.
      for (const language of languages) vote(language, 1 / languages.size)
      if (++nameWords >= MAX_NAME_WORDS) break
    }
    if (nameWords >= MAX_NAME_WORDS) break
  }
  // A script only one listed language writes (Hangul, kana) comes first; Han alone is Chinese.
  const byScript = [...seenScripts]
  if (han && byScript.length === 0) byScript.push('zh')
  const ranked = [...scores].filter(([l]) => !byScript.includes(l)).sort((a, b) => b[1] - a[1] || languageRank(a[0]) - languageRank(b[0]))
  const best = ranked[0]?.[1] ?? 0
  return [...byScript, ...ranked.filter(([, score]) => score >= best / 2).map(([language]) => language)]
}

/**
 * The page's order for numeric dates that read either way, decided by the ones only one order
 * can read (25/03/2019, 03/25/2019, `10. 08 (목)`); null when the page does not say, or
 * says both as often.
 */
export function numericOrderOfPage(lines: readonly string[]): 'dayFirst' | 'monthFirst' | null {
  let dayFirst = 0
  let monthFirst = 0
  for (const line of lines.slice(0, MAX_LINES)) {
    const votes = numericOrderVotes(line)
    dayFirst += votes.dayFirst
    monthFirst += votes.monthFirst
  }
  if (dayFirst === monthFirst) return null
  return dayFirst > monthFirst ? 'dayFirst' : 'monthFirst'
}
