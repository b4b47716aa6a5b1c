/**
 * The last touch on a record's title and place as read from a line: separators and times at
 * the edges go, a quoted title is taken from its quotes (`« George Sand… », par P. CASANOVA` is
 * the talk, not the speaker), and a place loses the "at" in front of it (`A Brignoles, …`).
 */

const EDGE_SEPARATORS = /^[\s•·|:;,–—-]+|[\s•·|:;,–—-]+$/g
/** A time at the start: `18h.`, `17h45.`, `20:00 h.`, `14h30 -`, `De 17:00 a 20:00h.`, `午前10時、`. */
const LEADING_TIME =
  /^(?:(?:de|from|dès|ab|von|dalle|desde)\s+)?(?:\d{1,2}(?:[:.h]\d{2}\s*(?:h|uhr|uur|hrs?)?|\s?(?:h|uhr|uur|hrs?))\.?)(?:\s*(?:[-–—]|à|a|bis|to|till|until|alle|hasta|tot)\s*\d{1,2}(?:[:.h]\d{2})?(?![\p{L}\p{N}])\s*(?:h|uhr|uur|hrs?)?\.?)?(?:\s*[-–—.:,]\s*|\s+)/iu
const LEADING_JAPANESE_TIME = /^(?:午前|午後)?\d{1,2}時(?:\d{1,2}分)?(?:から|～|~)?[、,\s]*/
const OPEN_QUOTES = '«"“„‘‹「『'
const CLOSE_QUOTES = '»"”“’‹›」』'
/** "At" before a place: French, English, German, Spanish, Italian, Portuguese, Dutch. */
const LEADING_AT = /^(?:[àÀaA]|[Aa]u|[Aa]ux|[Aa]t|[Ii]n|[Ii]m|[Ee]n|[Nn]el|[Nn]ella|[Pp]resso|[Ee]m|[Tt]e|[Oo]p)\s+(?=\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?,)/u

function trimEdges(text: string): string {
  return text.replace(EDGE_SEPARATORS, '')
}

/** The quoted part when the text starts with a quotation followed by more (a speaker, a description). */
function quotedLead(text: string): string | null {
  if (!OPEN_QUOTES.includes(text[0] ?? '')) return null
  for (let i = 1; i < text.length; i++) {
    if (!CLOSE_QUOTES.includes(text[i] as string)) continue
    const inner = text.slice(1, i).trim()
    const after = text.slice(i + 1).trim()
    if (inner.length < 3) return null
    if (after === '' || /^[,.;:–—-]/.test(after)) return inner
  }
  return null
}

/** A closing remark in brackets that is about the date, not the event: `(jusqu'au 7)`, `(à confirmer)`, `(TBC)`. */
const TRAILING_DATE_REMARK = /\s*[([](?:[^()[\]]*\d[^()[\]]*|[^()[\]]*(?:confirm|tb[acd]|provis|vorläufig|wkrótce|soon|bientôt|demnächst|pronto|presto|em breve)[^()[\]]*)[)\]]$/i
/** `Tertúlia … - À conversa com... Madalena Nunes`: who speaks, after the name of the event. */
const TRAILING_SPEAKERS = /\s+[-–—]\s+(?:à conversa com|em conversa com|in conversation with|en conversation avec|im gespräch mit|in conversazione con|with|avec|mit|con|com|par|by|von)\b.*$/i

/** `Details: StadtLesen im Mai 2019`: a label that points at the event, not part of its name. */
const LEADING_POINTER = /^(?:details|detail|info|infos|information|more|mehr|weitere informationen|plus d['’]infos|más información|informazioni|mais informações)\s*:\s*/i

export function tidyTitle(text: string): string {
  let title = trimEdges(text).replace(LEADING_POINTER, '')
  const remark = TRAILING_DATE_REMARK.exec(title)
  if (remark !== null && remark.index > 0 && /(?:jusqu|until|till|\bbis|hasta|fino|até|\btot|conf|tb[acd]|provis|vorl|wkrótce|soon|bientôt|demnächst|pronto|presto|em breve)/i.test(remark[0])) title = title.slice(0, remark.index)
  const speakers = TRAILING_SPEAKERS.exec(title)
  if (speakers !== null && speakers.index > 0) title = title.slice(0, speakers.index)
  const time = LEADING_TIME.exec(title) ?? LEADING_JAPANESE_TIME.exec(title)
  if (time !== null && time[0].length < title.length) title = trimEdges(title.slice(time[0].length))
  return quotedLead(title) ?? title
}

/** A label in front of a place: `Location: Main Library`, `Lieu : …`, `会場：…`. */
const LEADING_PLACE_TIME = /^(?:\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr|uur|h|hs)?(?:\s*[-–—]\s*\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?m\.?|uhr|uur|h|hs)?)?)\s*[·•|,–—-]\s*/i
export const PLACE_LABEL = /^(?:location|venue|where|place|meeting point|treffpunkt|rendez-vous|punto de encuentro|punto d'incontro|lieu|ort|veranstaltungsort|lugar|luogo|local|locatie|plaats|sted|plats|miejsce|místo|mekan|место|会場|場所|地点|地點|장소)\s*[:：]\s*/iu

export function tidyPlace(text: string): string {
  let place = trimEdges(text).replace(/\.$/, '').replace(PLACE_LABEL, '')
  // `6:00 PM · Heritage Centre`: the hour in front is the event's, not part of the place.
  const time = LEADING_PLACE_TIME.exec(place)
  if (time !== null && time[0].length < place.length) place = place.slice(time[0].length)
  // A place to be announced is no place yet.
  if (/^(?:tba|tbd|tbc|n\/a|to be (?:announced|confirmed|determined)|à (?:confirmer|préciser)|online tba)$/i.test(place)) return ''
  const at = LEADING_AT.exec(place)
  if (at !== null) place = place.slice(at[0].length)
  return place
}
