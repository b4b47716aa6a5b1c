/** Online and virtual events: the place names a medium, not a town. */

const ONLINE_WORDS =
  /\b(?:online|on-line|virtual|virtuel(?:le)?|virtuell|virtuale|webinars?|webinaire|zoom|ms teams|microsoft teams|teams|webex|web ?conference|livestream|live stream|en ligne|en l[ií]nea|in linea|digital(?:e|mente)?|remote|videoconference|visioconf[ée]rence)\b/giu
/** What may sit around the medium words without naming a place: "Online (Zoom)", "Hybrid / online". */
const FILLER = /\b(?:and|&|or|via|on|event|meeting|only|hybrid|hybride|platform|et|und|y|e|ou|oder|o|en|sur|über|per|tbc)\b|[\s,;:/+()[\]|–—-]+/giu

export interface OnlineReading {
  online: boolean
  /** The place text with the medium words taken out (a hybrid event's town), trimmed. */
  rest: string
}

export function readOnline(place: string): OnlineReading {
  ONLINE_WORDS.lastIndex = 0
  if (!ONLINE_WORDS.test(place)) return { online: false, rest: place }
  ONLINE_WORDS.lastIndex = 0
  const withoutMedium = place.replace(ONLINE_WORDS, ' ')
  const onlyFiller = withoutMedium.replace(FILLER, '').trim() === ''
  if (onlyFiller) return { online: true, rest: '' }
  // Hybrid: keep the town part, tidy the joints left behind.
  const rest = withoutMedium
    .replace(/\(\s*\)|\[\s*\]/g, ' ')
    .replace(/^\s*(?:hybrid|hybride)\b[\s:,–—-]*/i, '')
    .replace(/\b(?:hybrid|hybride|and|et|und|&)\s*$/i, '')
    .replace(/^[\s,;:/+|–—-]+|[\s,;:/+|–—-]+$/g, '')
    .replace(/\s+/g, ' ')
  return { online: true, rest }
}
