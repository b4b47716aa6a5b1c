import anyAscii from 'any-ascii'
import { foldText } from './fold'

/** Letters outside the Latin script (Cyrillic, Greek, kana, Han ...), in runs. */
const NON_LATIN_RUN = /[\p{L}\p{M}]*[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\s][\p{L}\p{M}]*/gu
const ALL_LATIN = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\s]*$/u
/** ASCII is all Latin or Common: a test many times cheaper than the script classes above. */
const ASCII_ONLY = /^[\x00-\x7f]*$/

const allLatin = (text: string): boolean => ASCII_ONLY.test(text) || ALL_LATIN.test(text)

/**
 * Folded text with other scripts spelled in Latin letters (`Кубок Кремля` gives `kubok kremlya`),
 * so titles and places written in another script can share words with Latin ones. Each run of
 * another script becomes its own word(s): `2011年マレーシアオープン` must not glue the year to a name.
 */
export function foldLatin(text: string): string {
  if (allLatin(text)) return foldText(text)
  return foldText(text.replace(NON_LATIN_RUN, (run) => ` ${anyAscii(run)} `))
}

/** True when the text holds letters of a script other than Latin. */
export function hasOtherScript(text: string): boolean {
  return !allLatin(text)
}
