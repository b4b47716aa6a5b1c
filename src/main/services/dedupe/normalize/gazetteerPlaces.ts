import { lookupPlace } from '../../import/place/gazetteer'

/**
 * The gazetteer's reading of a place as written, for comparing places across languages and
 * scripts: `Wien` and `Vienna`, `Москва` and `Moscow`, `東京` and `Tokyo` give one GeoNames id.
 * It adds to the text keys (placeKey.ts), never replaces them: a place the gazetteer cannot
 * read (`HalleWestfalen`, `Лондоне`) still compares by its text, and a place it reads as
 * another of the same name (`Halle` is Halle (Saale) to it) still meets its spelling.
 */
export interface GazetteerReading {
  /** The place the whole text names, or null. */
  id: number | null
  /** Places named inside a longer text (`L.A.` in `L.A. Tennis Center`, `東京都` in `東京都有明テニスの森`). */
  inside: number[]
}

/** Words of a venue tried together as one name (`Buenos Aires`, `Costa do Sauipe`). */
const MAX_NGRAM = 3
/** Longest and shortest run of CJK letters tried as a name at the start of a CJK text. */
const MAX_CJK_PREFIX = 6
const MIN_CJK_PREFIX = 2
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u
/** Separators between the words of a place text; dots stay inside words (`L.A.`, `St. Gallen`). */
const WORD_SEPARATORS = /[\s,;:()[\]/、，・|]+/u
const CYRILLIC_WORD = /^\p{Script=Cyrillic}{4,}$/u
/**
 * Case endings of Russian, Ukrainian and other Cyrillic-script place names, longest first
 * (`в Москве` = in Moscow, `Лондоне`, `Петербурге`): the stem is tried bare and with the
 * nominative endings a city name has (`Москв` + `а`).
 */
const CYRILLIC_ENDINGS = ['ском', 'ской', 'ому', 'ом', 'ем', 'ой', 'ей', 'ах', 'ях', 'е', 'у', 'ю', 'и', 'ы', 'а', 'я']
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'ь']
/**
 * Polish locative endings in Latin script (`w Lublinie`, `we Wrocławiu`, `w Gdańsku`,
 * `w Warszawie`): a capitalised word of five letters or more after `w`/`we`, tried bare and with
 * `a`. Only after the preposition: alone, `Lundi` would become Lund.
 */
const POLISH_IN = /^we?$/i
const LATIN_INFLECTED_WORD = /^\p{Lu}\p{Ll}{4,}$/u
const LATIN_ENDINGS = ['ie', 'iu', 'u', 'y', 'i']
const LATIN_NOMINATIVE_ENDINGS = ['', 'a']

function idOf(name: string, countryCode: string | null): number | null {
  const found = countryCode === null ? lookupPlace(name) : lookupPlace(name, { countryCode })
  return found?.id ?? null
}

/** The forms an inflected (Cyrillic or Polish) place name may have in the nominative, the form a gazetteer holds. */
export function nominativeForms(word: string, previous = ''): string[] {
  const cyrillic = CYRILLIC_WORD.test(word)
  if (!cyrillic && !(POLISH_IN.test(previous) && LATIN_INFLECTED_WORD.test(word))) return []
  const forms: string[] = []
  const lower = word.toLowerCase()
  for (const ending of cyrillic ? CYRILLIC_ENDINGS : LATIN_ENDINGS) {
    if (!lower.endsWith(ending) || lower.length - ending.length < 3) continue
    const stem = word.slice(0, word.length - ending.length)
    for (const nominative of cyrillic ? NOMINATIVE_ENDINGS : LATIN_NOMINATIVE_ENDINGS) if (nominative !== ending) forms.push(stem + nominative)
  }
  return forms
}

/** A name as written, else (for an inflected name) its nominative. */
function idOfName(name: string, countryCode: string | null, previous = ''): number | null {
  const direct = idOf(name, countryCode)
  if (direct !== null) return direct
  for (const form of nominativeForms(name, previous)) {
    const id = idOf(form, countryCode)
    if (id !== null) return id
  }
  return null
}

/** The longest run at the start of a CJK text that names a place (`東京都` of `東京都有明テニスの森`). */
function cjkPrefixId(word: string): number | null {
  const run = CJK.exec(word)?.[0]
  if (run === undefined) return null
  for (let length = Math.min(MAX_CJK_PREFIX, run.length - 1); length >= MIN_CJK_PREFIX; length--) {
    const id = idOf(run.slice(0, length), null)
    if (id !== null) return id
  }
  return null
}

/**
 * Reads a place: the city text as a whole (with the record's country when it states one), then
 * the places named by its words, word pairs and triples, and by the start of a CJK run.
 */
export function readPlace(cityText: string, placeText: string | null, countryCode: string | null): GazetteerReading {
  const id = idOfName(cityText.trim(), countryCode)
  const inside = new Set<number>()
  for (const text of new Set([cityText, placeText ?? ''])) {
    const words = text.split(WORD_SEPARATORS).map((word) => word.replace(/^[.'"«»“”]+|["«»“”]+$/g, '')).filter((word) => word !== '')
    for (let from = 0; from < words.length; from++) {
      for (let length = 1; length <= MAX_NGRAM && from + length <= words.length; length++) {
        const found = idOfName(words.slice(from, from + length).join(' '), null, length === 1 ? (words[from - 1] ?? '') : '')
        if (found !== null) inside.add(found)
      }
      const prefix = cjkPrefixId(words[from]!)
      if (prefix !== null) inside.add(prefix)
    }
  }
  if (id !== null) inside.delete(id)
  return { id, inside: [...inside] }
}
