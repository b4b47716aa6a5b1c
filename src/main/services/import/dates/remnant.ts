/**
 * What is left of a date line once the date is read: a weekday written after it (`Salı, 19.00`
 * after `12 Nisan 2022`), an hour (`18:00–19:30`, `21 hs`). Such a field or line is part of the
 * date, never the event's title or place.
 */
import { foldWord, isWeekday } from './monthNames'
import { isTimeOnly } from './times'

const LEADING_WORD = /^[\s(（]*(\p{L}{3,15})\.?[)）]?\s*[,،、]?\s*/u

/** "Each time", "daily" before an hour (`jeweils 19:00 Uhr`, `chaque fois à 18h`). */
const REPEAT = /^(?:jeweils|immer|täglich|each(?:\s+time)?|every\s+day|daily|chaque(?:\s+fois)?|tous\s+les\s+jours|ogni\s+giorno|cada\s+d[ií]a|todos\s+los\s+d[ií]as|telkens|dagelijks|varje\s+dag|codziennie)\s+/iu

export function isDateRemnant(text: string): boolean {
  const trimmed = text.trim().replace(REPEAT, '')
  if (trimmed === '' || trimmed.length > 48) return false
  if (isTimeOnly(trimmed)) return true
  const word = LEADING_WORD.exec(trimmed)
  if (word === null || !isWeekday(foldWord(word[1] as string))) return false
  const rest = trimmed.slice(word[0].length)
  return rest === '' || isTimeOnly(rest)
}
