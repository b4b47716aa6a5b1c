import { foldLatin } from './latin'
import { isStopWord } from './stopWords'

/** What a title says, split the way the comparison levels read it. */
export interface TitleWords {
  /** Meaningful words (folded, transliterated, stop words and bare numbers dropped), each once. */
  tokens: string[]
  /** Edition and other numbers (`4th` gives 4), ascending, each once; years are not among them. */
  numbers: number[]
  /** A year written in the title (`Copa Claro 2011`), or null. */
  year: number | null
  /** Initials of the words, when the title has three or more meaningful words (`ICC` for Intercultural Cities ...). */
  acronym: string | null
}

const YEAR = /^(19|20)\d\d$/
const NUMBER = /^(\d{1,4})(st|nd|rd|th|e|er|eme|o|a|ª|º)?$/
const MIN_ACRONYM_WORDS = 3
/** An English possessive (`Farmer's`, `Men’s`): one word, as sources that drop the apostrophe write it (`Farmers Classic`). */
const POSSESSIVE = /(\p{L})['’ʼ]s(?!\p{L})/gu
const HAS_APOSTROPHE = /['’ʼ]/

export function titleWords(title: string): TitleWords {
  const words = foldLatin(HAS_APOSTROPHE.test(title) ? title.replace(POSSESSIVE, '$1s') : title).split(' ').filter((word) => word !== '')
  const seen = new Set<string>()
  const tokens: string[] = []
  const numbers = new Set<number>()
  let year: number | null = null
  for (const word of words) {
    // Years and numbers begin with a digit: most words need neither pattern.
    const first = word.charCodeAt(0)
    if (first >= 48 && first <= 57) {
      if (YEAR.test(word)) {
        year ??= Number(word)
        continue
      }
      const number = NUMBER.exec(word)
      if (number) {
        numbers.add(Number(number[1]))
        continue
      }
    }
    if (isStopWord(word) || seen.has(word)) continue
    seen.add(word)
    tokens.push(word)
  }
  // A title of stop words only ("The The") keeps them, so it still has something to compare.
  if (tokens.length === 0) {
    for (const word of words) {
      if (seen.has(word) || !/\p{L}/u.test(word)) continue
      seen.add(word)
      tokens.push(word)
    }
  }
  const acronym = tokens.length >= MIN_ACRONYM_WORDS ? tokens.map((token) => token[0]).join('') : null
  return { tokens, numbers: [...numbers].sort((x, y) => x - y), year, acronym }
}
