/**
 * The small words around dates, folded (lower case, no accents), in the languages listings
 * use. Kept apart from the grammar so a new language is a line here.
 */

/** Words that may open a date: "from", "du", "vom", "dal", "del", "van", "le", "between", "entre", "od", "с"... */
export const LEAD_WORDS: ReadonlySet<string> = new Set([
  'from', 'on', 'the', 'between',
  'du', 'le', 'des', 'entre',
  'vom', 'von', 'am', 'ab',
  'dal', 'dall', 'il', 'del', 'el', 'de', 'desde', 'dia',
  'van', 'op',
  'od', 'с', 'со', 'от', 'den'
])

/** Words joining the two ends of a range ("to", "au", "bis", "al", "a", "tot", "do", "по"). */
export const RANGE_WORDS: ReadonlySet<string> = new Set([
  'to', 'till', 'until', 'through', 'thru', 'and',
  'au', 'a', 'et',
  'bis', 'und',
  'al', 'y', 'hasta',
  'e', 'ate',
  'tot', 't/m', 'en',
  'do', 'по', 'до', 'и'
])

/** Words that may follow a range word before the end date: "bis zum", "au le", "al el". */
export const POST_JOIN_WORDS: ReadonlySet<string> = new Set(['zum', 'zur', 'le', 'the', 'den', 'dem', 'el', 'il', 'lo', 'dia'])

/** Words before the last day of a list: "8, 9 et 10", "21, 22 y 23". */
export const LIST_END_WORDS: ReadonlySet<string> = new Set(['et', 'y', 'and', 'e', 'und', 'i', 'и', 'en', 'og', 'och'])

/** Words that give only the end: "jusqu'au 7", "Through January 1", "bis 5. Mai", "hasta el 3". */
export const UNTIL_WORDS: ReadonlySet<string> = new Set([
  "jusqu'au", 'jusqu’au', "jusqu'a", 'jusqu’a',
  'until', 'till', 'through', 'thru',
  'bis', 'hasta', 'fino', 'ate', 'tot', 't/m', 'до'
])

/** Words between day, month and year: "12 de marzo de 2019", "3rd of May", "1 of the". */
export const LINK_WORDS: ReadonlySet<string> = new Set(['de', 'of', 'del'])
