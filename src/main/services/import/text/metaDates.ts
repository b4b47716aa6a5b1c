/**
 * Dates about the page, not an event: "updated 2 January 2020", "Last modified:", "Posted on",
 * "Stand:", "mis à jour le", "actualizado el". A line's date right after such words is dropped,
 * so a page's "(updated …)" line never becomes an event.
 */
import type { DateParts } from '../dates'

const ABOUT_THE_PAGE =
  /(?:(?:last\s+)?(?:updated|modified|revised|edited)|posted|published|stand|aktualisiert|zuletzt\s+geändert|veröffentlicht|mis\s+à\s+jour|publié|modifié|actualizado|publicado|atualizado|aggiornato|pubblicato|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|uppdaterad|publicerad|opdateret|oppdatert|更新|掲載|发布|업데이트|게시)(?:\s+(?:on|am|le|el|em|il|op|den|dnia))?\s*[:：]?\s*$/iu

export function withoutPageDates(text: string, dates: DateParts[]): DateParts[] {
  if (dates.length === 0) return dates
  const kept = dates.filter((date) => !aboutThePage(text, date.index))
  return kept.length === dates.length ? dates : kept
}

const LETTER = /\p{L}/u

function aboutThePage(text: string, at: number): boolean {
  // Most dates open their line or follow punctuation or figures: only a word right before one can say "updated".
  let end = at
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === ':' || text[end - 1] === '：')) end--
  if (end === 0 || !LETTER.test(text[end - 1] as string)) return false
  return ABOUT_THE_PAGE.test(text.slice(Math.max(0, at - 40), at))
}
