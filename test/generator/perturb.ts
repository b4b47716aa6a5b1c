import type { Prng } from './prng'
import { VOCABULARIES } from './vocabulary'
import type { TitleParts } from './titles'
import { otherTemplate, renderTitle } from './titles'

/** How a second source's listing of the same event differs; chances are per duplicate. */
export const PERTURBATION_CHANCES = {
  reword: 0.35,
  dropDiacritics: 0.25,
  placeFormat: 0.35,
  placeMissing: 0.05,
  dateText: 0.45,
  typo: 0.25,
  casePunctuation: 0.3
} as const

export type Perturbation = keyof typeof PERTURBATION_CHANCES

export function drawPerturbations(rng: Prng): Set<Perturbation> {
  const chosen = new Set<Perturbation>()
  for (const [name, chance] of Object.entries(PERTURBATION_CHANCES) as [Perturbation, number][]) {
    if (rng.chance(chance)) chosen.add(name)
  }
  // A listing identical in every field would be an exact copy, not a realistic second source.
  if (chosen.size === 0) chosen.add('casePunctuation')
  return chosen
}

/** Another wording: a different template of the same family, maybe a small word swapped. */
export function rewordTitle(rng: Prng, parts: TitleParts): string {
  let title = renderTitle(parts, otherTemplate(rng, parts))
  const swaps = VOCABULARIES[parts.language].smallWordSwaps
  const swap = rng.pick(swaps)
  if (rng.chance(0.5) && title.includes(swap[0])) title = title.replace(swap[0], swap[1])
  else if (rng.chance(0.3) && title.includes(swap[1])) title = title.replace(swap[1], swap[0])
  return title
}

export function dropDiacritics(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘]/g, "'")
}

const KEYBOARD_NEIGHBOURS: Readonly<Record<string, string>> = {
  a: 'qsz', e: 'wrd', i: 'uok', o: 'ipl', u: 'yij', n: 'bm', r: 'et', s: 'ad', t: 'ry', l: 'kp', c: 'xv', m: 'n'
}

/** One slip of the hand in one longer word: a swap, a dropped, doubled or wrong letter. */
export function addTypo(rng: Prng, title: string): string {
  const words = title.split(' ')
  const candidates = words.map((word, index) => (/^\p{L}{5,}$/u.test(word) ? index : -1)).filter((index) => index >= 0)
  if (candidates.length === 0) return title
  const index = rng.pick(candidates)
  const word = words[index]
  const at = rng.int(1, word.length - 2)
  const kind = rng.int(0, 3)
  if (kind === 0) words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
  else if (kind === 1) words[index] = word.slice(0, at) + word.slice(at + 1)
  else if (kind === 2) words[index] = word.slice(0, at) + word[at] + word.slice(at)
  else {
    const neighbours = KEYBOARD_NEIGHBOURS[word[at].toLowerCase()] ?? 'e'
    words[index] = word.slice(0, at) + rng.pick([...neighbours]) + word.slice(at + 1)
  }
  return words.join(' ')
}

/** Case and punctuation as another source styles them. */
export function restyle(rng: Prng, title: string): string {
  switch (rng.int(0, 5)) {
    case 0:
      return title.toUpperCase()
    case 1:
      return title.toLowerCase()
    case 2:
      return `${title}.`
    case 3:
      return title.includes(':') ? title.replace(':', ' -') : title.replace(' – ', ': ')
    case 4:
      return `“${title}”`
    default:
      return title.replace(/\b\p{Ll}/gu, (letter) => letter.toUpperCase())
  }
}
