/** How much a line looks like a place rather than a title: used where layout alone cannot tell. */

import { splitPlace } from '../place'

const CONNECTORS = new Set(['and', 'et', 'und', 'y', 'e', 'de', 'la', 'le', 'du', 'of', 'upon', 'on', 'am', 'an', 'der', 'sur', 'del', 'di', 'da', 'van', 'den', 'en'])
const SENTENCE_MARKS = /[:;?!«»"“”]|\.\s|\.$/

/** 3: names a country or a medium ("online"); 1: short, capitalised like a town; 0: reads like a title. */
export function placeLikeness(text: string): number {
  if (text === '' || text.length > 80) return 0
  const reading = splitPlace(text)
  if (reading.countryCode !== null && !reading.countryInferred) return 3
  if (reading.online && text.split(/\s+/).length <= 4) return 3
  if (SENTENCE_MARKS.test(text) || /\d/.test(text)) return 0
  const words = text.split(/[\s/,()-]+/).filter((w) => w !== '' && !CONNECTORS.has(w.toLowerCase()))
  if (words.length === 0 || words.length > 4) return 0
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return capitalised === words.length ? 1 : 0
}
