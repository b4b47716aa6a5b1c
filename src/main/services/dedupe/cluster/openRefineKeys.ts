/**
 * OpenRefine's key-collision keyers, reproduced step for step from its FingerprintKeyer and
 * NGramFingerprintKeyer so that archivists who know OpenRefine get the clusters they expect.
 * One deliberate difference: empty words (left where punctuation stood at the start) are
 * dropped, where OpenRefine's split would keep a leading empty word.
 */

/** OpenRefine strips Unicode punctuation (\p{P}) and C0/C1 controls other than whitespace. */
const PUNCTUATION_AND_CONTROLS = /[\p{P}\x00-\x08\x0E-\x1F\x7F\x80-\x84\x86-\x9F]/gu
/** Combining Diacritical Marks block, modifier letters and modifier symbols. */
const DIACRITICS_AND_FRIENDS = /[\u0300-\u036f\p{Lm}\p{Sk}]+/gu
const WHITESPACE = /\s+/u
const CONTROLS_AND_WHITESPACE = /[\p{Cc}\s]/gu

/** OpenRefine's table of letters without a decomposition and their ASCII spelling. */
const NON_DIACRITICS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  ø: 'oe',
  å: 'aa',
  '©': 'c',
  ð: 'd',
  đ: 'd',
  ɖ: 'd',
  þ: 'th',
  ƿ: 'w',
  ħ: 'h',
  ı: 'i',
  ĸ: 'k',
  ł: 'l',
  ŋ: 'n',
  ſ: 's',
  ŧ: 't',
  œ: 'oe',
  ẜ: 's',
  ẝ: 's'
}
const NON_DIACRITIC_LETTER = new RegExp(`[${Object.keys(NON_DIACRITICS).join('')}]`, 'gu')

/** OpenRefine's strong normalisation: trim, lower case, strip diacritics, drop punctuation. */
export function openRefineNormalize(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .normalize('NFKD')
    .replace(DIACRITICS_AND_FRIENDS, '')
    .replace(NON_DIACRITIC_LETTER, (ch) => NON_DIACRITICS[ch] ?? ch)
    .replace(PUNCTUATION_AND_CONTROLS, '')
}

/** Sorted unique words of the normalised value, joined by single spaces. */
export function fingerprintKey(value: string): string {
  const words = openRefineNormalize(value)
    .split(WHITESPACE)
    .filter((word) => word !== '')
  return [...new Set(words)].sort().join(' ')
}

/** Sorted unique character n-grams of the normalised value without whitespace, run together. */
export function ngramFingerprintKey(value: string, size = 2): string {
  const compact = openRefineNormalize(value).replace(CONTROLS_AND_WHITESPACE, '')
  const grams = new Set<string>()
  for (let i = 0; i + size <= compact.length; i++) grams.add(compact.slice(i, i + size))
  return [...grams].sort().join('')
}
