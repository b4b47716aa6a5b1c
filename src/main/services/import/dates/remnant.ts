/**
 * What is left of a date line once the date is read: a weekday written after it (`Salı, 19.00`
 * after `12 Nisan 2022`), an hour (`18:00–19:30`, `21 hs`). Such a field or line is part of the
 * date, never the event's title or place.
 */
import { foldWord, isWeekday } from './monthNames'
import { isTimeOnly } from './times'

const LEADING_WORD = /^[\s(（]*(\p{L}{3,15})\.?[)）]?\s*[,،、]?\s*/u

export function isDateRemnant(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.length > 48) return false
  if (isTimeOnly(trimmed)) return true
  const word = LEADING_WORD.exec(trimmed)
  if (word === null || !isWeekday(foldWord(word[1] as string))) return false
  const rest = trimmed.slice(word[0].length)
  return rest === '' || isTimeOnly(rest)
}
