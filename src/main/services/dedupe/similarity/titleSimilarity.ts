import { jaroWinkler } from './jaroWinkler'
import { levenshteinSimilarity } from './levenshtein'

/** Words shorter than this must match exactly: a typo in "art" or "2013" changes the meaning. */
const MIN_FUZZY_LENGTH = 4
/** Jaro-Winkler needed before two different words count as the same word misspelt. */
const MIN_FUZZY_WORD_SIMILARITY = 0.9
const HAS_DIGIT = /\d/

let usedScratch = new Uint8Array(64)

function fuzzyWordCredit(a: string, b: string): number {
  if (a.length < MIN_FUZZY_LENGTH || b.length < MIN_FUZZY_LENGTH) return 0
  if (HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return 0
  const similarity = jaroWinkler(a, b)
  return similarity >= MIN_FUZZY_WORD_SIMILARITY ? similarity : 0
}

/**
 * Similarity of two titles given as token ids (stop words already dropped, each once).
 * Two views, the better one wins:
 * - word level: Dice over the word sets, where a misspelt word earns partial credit, so word
 *   order and dropped or added small words do not matter;
 * - character level: normalised Levenshtein over the words run together, which catches
 *   split or joined compounds (`co-ordinators` / `coordinators`, `Think-Tank` / `Think Tank`).
 */
export function titleSimilarity(
  tokens: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  tokenText: readonly string[]
): number {
  const aCount = aTo - aFrom
  const bCount = bTo - bFrom
  if (aCount === 0 || bCount === 0) return aCount === bCount ? 1 : 0
  if (usedScratch.length < bCount) usedScratch = new Uint8Array(bCount * 2)
  const used = usedScratch
  used.fill(0, 0, bCount)

  let credit = 0
  let unmatchedA = 0
  for (let i = aFrom; i < aTo; i++) {
    const token = tokens[i]
    let found = false
    for (let j = bFrom; j < bTo; j++) {
      if (used[j - bFrom] === 0 && tokens[j] === token) {
        used[j - bFrom] = 1
        credit += 1
        found = true
        break
      }
    }
    if (!found) unmatchedA++
  }
  if (unmatchedA > 0 && credit < aCount) credit += fuzzyCredit(tokens, aFrom, aTo, bFrom, bTo, tokenText, used)
  const dice = (2 * credit) / (aCount + bCount)
  if (dice === 1) return 1

  const joinedA = joinTokens(tokens, aFrom, aTo, tokenText)
  const joinedB = joinTokens(tokens, bFrom, bTo, tokenText)
  return Math.max(dice, levenshteinSimilarity(joinedA, joinedB))
}

/** Pairs each still-unmatched word of A with its most similar unmatched word of B. */
function fuzzyCredit(
  tokens: Int32Array,
  aFrom: number,
  aTo: number,
  bFrom: number,
  bTo: number,
  tokenText: readonly string[],
  used: Uint8Array
): number {
  let credit = 0
  for (let i = aFrom; i < aTo; i++) {
    const a = tokens[i]
    let exact = false
    for (let j = bFrom; j < bTo; j++) if (tokens[j] === a) exact = true
    if (exact) continue
    let best = 0
    let bestIndex = -1
    const aText = tokenText[a]
    for (let j = bFrom; j < bTo; j++) {
      if (used[j - bFrom] !== 0) continue
      const wordCredit = fuzzyWordCredit(aText, tokenText[tokens[j]])
      if (wordCredit > best) {
        best = wordCredit
        bestIndex = j
      }
    }
    if (bestIndex >= 0) {
      used[bestIndex - bFrom] = 1
      credit += best
    }
  }
  return credit
}

function joinTokens(tokens: Int32Array, from: number, to: number, tokenText: readonly string[]): string {
  let joined = ''
  for (let i = from; i < to; i++) joined += tokenText[tokens[i]]
  return joined
}
