/** Lines that are page furniture, headings or column headers, and what a heading says about the year. */

const FOOTER =
  /^(?:back to top|top of page|to top|share|share this|print|print this page|read more|more info(?:rmation)?|see more|show more|load more|next|previous|next page|previous page|page \d+(?: of \d+)?|\d+|home|menu|search|subscribe|contact us|cookie.*|© .*|copyright .*|all rights reserved.*|haut de (?:la )?page|retour en haut|nach oben|zurück|volver arriba|torna su|voltar ao topo|terug naar boven|imprimer|partager|teilen|drucken|compartir|condividi|delen)\.?$/i

/** Words of a listing heading: "Meetings and events", "Programme 2018", "Upcoming events". */
const HEADING_WORDS =
  /\b(?:meetings?|events?|programme|program|calendar|agenda|upcoming|past|archive|schedule|listings?|diary|activities|événements|manifestations|calendrier|veranstaltungen|termine|kalender|eventos|calendario|agenda|eventi|programma|evenementen|bijeenkomsten)\b/i
const YEAR = /\b(1[89]\d\d|2[01]\d\d)\b/

export function isFooter(text: string): boolean {
  return FOOTER.test(text)
}

/** A short line that names a listing or a year section rather than an event. */
export function looksLikeHeading(text: string): boolean {
  if (text.endsWith(':') && text.length < 80) return true
  const words = text.split(/\s+/).length
  if (words > 8) return false
  if (/^\d{4}$/.test(text)) return true
  return HEADING_WORDS.test(text) && (YEAR.test(text) || words <= 5 || text.includes(' : '))
}

/** The year a heading gives the lines below it ("Programme 2018", "Meetings in 2016", "2019"). */
export function headingYearOf(text: string): number | null {
  if (text.split(/\s+/).length > 10) return null
  const match = YEAR.exec(text)
  return match === null ? null : Number(match[1])
}
