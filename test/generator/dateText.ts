import { civilFromDays, daysFromCivil } from '../../src/shared/civilDays'
import type { Language } from './vocabulary'

/** Ways a source may write an event's dates; the ISO dates stay the same. */
export type DateStyle = 'native' | 'en-dash' | 'us' | 'iso' | 'numeric' | 'weekday'
export const ALTERNATE_DATE_STYLES: readonly DateStyle[] = ['en-dash', 'us', 'iso', 'numeric', 'weekday']

const MONTHS: Readonly<Record<Language, readonly string[]>> = {
  en: 'January February March April May June July August September October November December'.split(' '),
  fr: 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' '),
  de: 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' '),
  es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' '),
  it: 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(' '),
  pt: 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(' '),
  nl: 'januari februari maart april mei juni juli augustus september oktober november december'.split(' ')
}
const WEEKDAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ')

interface Parts {
  year: number
  month: number
  day: number
  weekday: number
}

/** Civil date from a day number: no Date object per call on a million records. */
function parts(dayNumber: number): Parts {
  const civil = civilFromDays(dayNumber)
  const month = civil.month - 1
  const { year, day } = civil
  // 1970-01-01 was a Thursday.
  const weekday = (((dayNumber + 4) % 7) + 7) % 7
  return { year, month, day, weekday }
}

const pad = (n: number): string => String(n).padStart(2, '0')

export function isoDate(dayNumber: number): string {
  const { year, month, day } = parts(dayNumber)
  return `${year}-${pad(month + 1)}-${pad(day)}`
}

export const dayNumberOf = daysFromCivil

/** `29 October 2015` in the given language's usual order. */
function single(p: Parts, language: Language): string {
  const month = MONTHS[language][p.month]
  if (language === 'de') return `${p.day}. ${month} ${p.year}`
  if (language === 'es' || language === 'pt') return `${p.day} de ${month} de ${p.year}`
  return `${p.day} ${month} ${p.year}`
}

function nativeRange(a: Parts, b: Parts, language: Language, dash: string): string {
  const monthB = MONTHS[language][b.month]
  if (a.year !== b.year) return `${single(a, language)} ${dash} ${single(b, language)}`
  if (a.month !== b.month) {
    const withoutYear = single(a, language).replace(language === 'es' || language === 'pt' ? / de \d+$/ : / \d+$/, '')
    return `${withoutYear} ${dash} ${single(b, language)}`
  }
  if (language === 'de') return `${a.day}.${dash}${b.day}. ${monthB} ${b.year}`
  if (language === 'es' || language === 'pt') return `${a.day}${dash}${b.day} de ${monthB} de ${b.year}`
  return `${a.day}${dash}${b.day} ${monthB} ${b.year}`
}

/** The dates of an event as a source would print them. */
export function formatDateText(first: number, last: number, style: DateStyle, language: Language): string {
  const a = parts(first)
  const b = parts(last)
  const oneDay = first === last
  switch (style) {
    case 'native':
      return oneDay ? single(a, language) : nativeRange(a, b, language, '-')
    case 'en-dash':
      return oneDay ? single(a, 'en') : nativeRange(a, b, 'en', '–')
    case 'us': {
      const monthA = MONTHS.en[a.month]
      if (oneDay) return `${monthA} ${a.day}, ${a.year}`
      if (a.year !== b.year) return `${monthA} ${a.day}, ${a.year} - ${MONTHS.en[b.month]} ${b.day}, ${b.year}`
      if (a.month !== b.month) return `${monthA} ${a.day} - ${MONTHS.en[b.month]} ${b.day}, ${b.year}`
      return `${monthA} ${a.day}-${b.day}, ${a.year}`
    }
    case 'iso':
      return oneDay ? isoDate(first) : `${isoDate(first)} – ${isoDate(last)}`
    case 'numeric': {
      const text = (p: Parts): string => `${pad(p.day)}/${pad(p.month + 1)}/${p.year}`
      return oneDay ? text(a) : `${text(a)} - ${text(b)}`
    }
    case 'weekday':
      return oneDay
        ? `${WEEKDAYS[a.weekday]} ${single(a, 'en')}`
        : `${WEEKDAYS[a.weekday]} ${nativeRange(a, b, 'en', '-').replace(/^(\d+)-(\d+)/, `$1 - ${WEEKDAYS[b.weekday]} $2`)}`
  }
}
