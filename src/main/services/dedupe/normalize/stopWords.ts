/**
 * Common words of the languages our listings come in. They are dropped from titles so
 * that "Meeting of the coordinators" and "Meeting coordinators" compare as equal;
 * all entries are already folded (no diacritics, lower case).
 */
const ENGLISH =
  'a an the and or of to in on at by for from with without into onto about as is are be was its it this that these those our your their via vs'
const FRENCH =
  'le la les l un une des du de d et ou a au aux en dans sur pour par avec sans sous chez entre vers ce cette ces son sa ses leur leurs qui que quoi dont est sont'
const GERMAN =
  'der die das den dem des ein eine einen einem einer eines und oder zu zum zur im in am an auf fur mit von vom bei aus nach uber unter vor durch ist sind als'
const SPANISH =
  'el la los las lo un una unos unas y e o u de del al a en con sin por para sobre entre hacia desde su sus que es son como'
const ITALIAN =
  'il lo la i gli le un uno una e ed o di del dello della dei degli delle da dal dalla dai in nel nella nei nelle su sul sulla con per tra fra al alla ai agli alle che'
const PORTUGUESE =
  'o a os as um uma uns umas e ou de do da dos das no na nos nas em ao aos com sem por pelo pela para sobre entre que'
const DUTCH = 'de het een en of van in op aan voor met door bij naar uit over tot om te als is zijn'

export const STOP_WORDS: ReadonlySet<string> = new Set(
  [ENGLISH, FRENCH, GERMAN, SPANISH, ITALIAN, PORTUGUESE, DUTCH].flatMap((list) => list.split(' '))
)

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}
