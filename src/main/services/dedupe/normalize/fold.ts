/**
 * Unicode folding shared by titles, places and clustering keys: compatibility
 * decomposition, diacritics dropped, lower case, and the letters NFKD leaves whole
 * (ß, æ, ø, ł ...) spelled out, so `Neuchâtel`, `NEUCHATEL` and `Neuchatel` agree.
 */

/** Letters that carry no combining mark after NFKD but have a usual ASCII spelling. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ð: 'd',
  đ: 'd',
  ɖ: 'd',
  þ: 'th',
  ħ: 'h',
  ı: 'i',
  ĸ: 'k',
  ł: 'l',
  ŋ: 'n',
  ſ: 's',
  ŧ: 't',
  ƿ: 'w'
}

const ASCII_ONLY = /^[\x00-\x7f]*$/
const MARKS = /[\p{M}\p{Lm}\p{Sk}]+/gu
const NON_ASCII_LETTER = /[^\x00-\x7f]/g
const NOT_ALPHANUMERIC = /[^\p{L}\p{N}]+/gu
const NOT_ASCII_ALPHANUMERIC = /[^a-z0-9]+/g

/** Lower case, no diacritics, special letters spelled out; punctuation kept. */
export function foldCharacters(text: string): string {
  const lower = text.toLowerCase()
  if (ASCII_ONLY.test(lower)) return lower
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(NON_ASCII_LETTER, (ch) => SPELLED_OUT[ch] ?? ch)
}

/**
 * Folded words separated by single spaces: anything that is not a letter or digit
 * (punctuation, dashes, quotes, symbols) separates words. Letters of other scripts are kept.
 */
export function foldText(text: string): string {
  const folded = foldCharacters(text)
  // The same split, many times cheaper than the Unicode classes, for text that is all ASCII.
  if (ASCII_ONLY.test(folded)) return folded.replace(NOT_ASCII_ALPHANUMERIC, ' ').trim()
  return folded.replace(NOT_ALPHANUMERIC, ' ').trim()
}

/** The folded words of a text. */
export function foldWords(text: string): string[] {
  const folded = foldText(text)
  return folded === '' ? [] : folded.split(' ')
}
