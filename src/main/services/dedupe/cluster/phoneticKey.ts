import { doubleMetaphone } from 'double-metaphone'
import { fingerprintKey } from './openRefineKeys'

/**
 * Sounds-alike key: the primary Double Metaphone code of each fingerprint word, so word order,
 * case, diacritics and spellings that sound the same (`Neuchatel` / `Neuchâtel` /
 * `Noishatel`) collide. Words that have no code (digits only) are kept as they are, so
 * `Summit 2012` and `Summit 2013` stay apart.
 */
export function phoneticKey(value: string): string {
  const words = fingerprintKey(value).split(' ').filter((word) => word !== '')
  const codes = words.map((word) => (/^[a-z]/.test(word) ? doubleMetaphone(word)[0] || word : word))
  return codes.join(' ')
}
