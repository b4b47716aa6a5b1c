/** The compact gazetteer held in memory: typed arrays, one string of names, no object per place. */

export interface GazetteerData {
  /** Per place (index 0..n-1): GeoNames id, population, country and US/Canadian region as two packed letters. */
  ids: Uint32Array
  population: Uint32Array
  country: Uint16Array
  /** A US state's or Canadian province's postal abbreviation ("MN", "ON"), packed; 0 elsewhere. */
  region: Uint16Array
  /** Place i's name is names.slice(nameStart[i], nameStart[i + 1]). */
  nameStart: Uint32Array
  names: string
  /** Per name key, sorted by (hashA, hashB): the key's hashes and the place it names (ALTERNATE bit set for an alternate name). */
  hashA: Uint32Array
  hashB: Uint32Array
  entry: Uint32Array
}

/** Set in `entry` when the key is one of the place's alternate names, not its own or ASCII name. */
export const ALTERNATE = 0x80000000

export function packLetters(code: string): number {
  return code.length === 2 ? (code.charCodeAt(0) << 8) | code.charCodeAt(1) : 0
}

export function unpackLetters(packed: number): string {
  return packed === 0 ? '' : String.fromCharCode(packed >> 8, packed & 0xff)
}
