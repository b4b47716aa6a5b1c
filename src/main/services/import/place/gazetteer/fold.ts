/**
 * The one folding of place names, used both when the index is built and when a name is looked
 * up: case, accents, punctuation and width do not matter ("Montréal" = "MONTREAL",
 * "Frankfurt (Oder)" = "frankfurt oder", "ＴＯＫＹＯ" = "tokyo"); other scripts keep their letters
 * ("東京", "ヴェネツィア", "Москва").
 */

/** Letters that NFKD does not take apart but that writers drop or spell out. */
const SPELLED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' }
const SPELLED_CHARS = /[ßæœøłđıþð]/g
/** Latin, Greek and Cyrillic combining accents only: Japanese voicing marks (U+3099) are letters. */
const ACCENTS = /[\u0300-\u036f]/g
const SEPARATORS = /[^\p{L}\p{N}]+/gu
const PLAIN_ASCII = /^[a-z0-9 ]*$/

export function foldPlaceName(name: string): string {
  const lower = name.toLowerCase()
  // Most names are plain ASCII already: skip the Unicode work for them (index build time).
  if (PLAIN_ASCII.test(lower) && !lower.includes('  ')) return lower.trim()
  return lower
    .normalize('NFKD')
    .replace(ACCENTS, '')
    .normalize('NFC')
    .replace(SPELLED_CHARS, (c) => SPELLED[c] ?? c)
    .replace(/['’ʻ`]/g, '')
    .replace(SEPARATORS, ' ')
    .trim()
}

/** Two independent 32-bit hashes of a folded name: 64 bits, so two names never share a key. */
export function hashPair(key: string): [number, number] {
  let a = 0x811c9dc5
  let b = 0x9747b28c ^ key.length
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
    b ^= b >>> 13
  }
  a ^= a >>> 16
  a = Math.imul(a, 0x85ebca6b)
  a ^= a >>> 13
  b = Math.imul(b ^ (b >>> 15), 0xc2b2ae35)
  b ^= b >>> 16
  return [a >>> 0, b >>> 0]
}
