/**
 * Two-letter weekday abbreviations (German Do, Fr; Dutch wo, za; French lu, ma), which the
 * name table leaves out because as words they are everyday ones ("do", "ma", "so"). They are
 * trusted only where a date confirms them: right before a day-month in figures (`Do, 7.11.`).
 */
import { supportedLanguages } from './locales'
import { foldWord } from './monthNames'
import { cachedJson, intlDataStamp } from '../place/cacheDir'

/** Only where a date confirms the word (see above). */
const FALLBACK_LANGUAGES = ['de', 'fr', 'nl', 'en', 'es', 'it', 'pt', 'sv', 'da', 'nb', 'pl', 'cs']

let table: Map<string, Map<number, Set<string>>> | null = null

/** Built from ~200 formatters (about 0.2 s), so kept in a cache file per Intl data version, as the name table is. */
function load(): Map<string, Map<number, Set<string>>> {
  const entries = cachedJson(`two-letter-weekdays-v1-${intlDataStamp()}.json`, () =>
    [...build()].map(([word, readings]) => [word, [...readings].map(([day, languages]) => [day, [...languages]] as const)] as const)
  )
  return new Map(entries.map(([word, readings]) => [word, new Map(readings.map(([day, languages]) => [day, new Set(languages)]))]))
}

function build(): Map<string, Map<number, Set<string>>> {
  const out = new Map<string, Map<number, Set<string>>>()
  for (const language of supportedLanguages()) {
    const short = new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' })
    for (let day = 0; day < 7; day++) {
      // 6 January 2019 was a Sunday.
      const word = foldWord(short.format(new Date(Date.UTC(2019, 0, 6 + day))).replace(/\.$/, ''))
      if (!/^\p{L}{2}$/u.test(word)) continue
      let readings = out.get(word)
      if (readings === undefined) out.set(word, (readings = new Map()))
      let languages = readings.get(day)
      if (languages === undefined) readings.set(day, (languages = new Set()))
      languages.add(language)
    }
  }
  return out
}

/** The weekday (0 = Sunday) a two-letter abbreviation names in one of `languages`; undefined when none does. */
export function twoLetterWeekday(word: string, languages: readonly string[] | undefined): number | undefined {
  table ??= load()
  const readings = table.get(foldWord(word))
  if (readings === undefined) return undefined
  // A page whose languages nothing revealed (figures only): the languages listings are most often in.
  for (const language of languages === undefined || languages.length === 0 ? FALLBACK_LANGUAGES : languages) {
    for (const [day, speakers] of readings) if (speakers.has(language)) return day
  }
  return undefined
}
