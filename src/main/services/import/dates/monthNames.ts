/**
 * Month and weekday words in the languages archivists meet, built once from the
 * platform's own CLDR data (Intl) rather than typed out by hand.
 */

const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl'] as const

/** Spellings Intl does not produce but listings use. */
const EXTRA_MONTHS: Record<string, number> = {
  sept: 9,
  febr: 2,
  maerz: 3,
  marz: 3,
  iuglio: 7,
  setiembre: 9,
  fevr: 2,
  juil: 7
}

/** Lower case, no accents, no trailing dot: the one key form used for lookups. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\.+$/, '')
}

function buildMonths(): Map<string, number> {
  const months = new Map<string, number>()
  for (const locale of LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' })
      for (let month = 0; month < 12; month++) {
        const key = foldWord(format.format(new Date(Date.UTC(2019, month, 1))))
        if (key.length >= 3 && !months.has(key)) months.set(key, month + 1)
      }
    }
  }
  for (const [word, month] of Object.entries(EXTRA_MONTHS)) months.set(word, month)
  return months
}

function buildWeekdays(months: ReadonlyMap<string, number>): Set<string> {
  const weekdays = new Set<string>()
  for (const locale of LOCALES) {
    for (const style of ['long', 'short'] as const) {
      const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' })
      for (let day = 0; day < 7; day++) {
        const key = foldWord(format.format(new Date(Date.UTC(2019, 0, 6 + day))))
        // 'mar' (martes) is also March: the month reading wins.
        if (!months.has(key)) weekdays.add(key)
        // Portuguese 'segunda-feira' is also written 'segunda'.
        if (key.endsWith('-feira')) weekdays.add(key.slice(0, -6))
      }
    }
  }
  for (const extra of ['tues', 'thur', 'thurs', 'weds']) weekdays.add(extra)
  return weekdays
}

export const MONTHS: ReadonlyMap<string, number> = buildMonths()
export const WEEKDAYS: ReadonlySet<string> = buildWeekdays(MONTHS)

export function monthOf(folded: string): number | undefined {
  return MONTHS.get(folded)
}

export function isWeekday(folded: string): boolean {
  return WEEKDAYS.has(folded)
}
