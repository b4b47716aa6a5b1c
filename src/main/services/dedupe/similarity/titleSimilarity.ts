import { jaroWinkler } from './jaroWinkler'
import { levenshteinSimilarity } from './levenshtein'

/** Words shorter than this must match exactly: a typo in "art" or "2013" changes the meaning. */
const MIN_FUZZY_LENGTH = 4
/** Jaro-Winkler needed before two different words count as the same word misspelt. */
const MIN_FUZZY_WORD_SIMILARITY = 0.9
const HAS_DIGIT = /\d/

let usedScratch = new Uint8Array(64)

/**
 * Skips word pairs that cannot be alike enough, before Jaro-Winkler (the costliest step of a
 * scan): a letter found in one word and nowhere in the other cannot be matched, which bounds
 * the matches, hence Jaro, hence Jaro-Winkler (at most 0.6 * Jaro + 0.4). The bound is exact:
 * no pair that could reach MIN_FUZZY_WORD_SIMILARITY is skipped.
 */
export class WordCreditCache {
  private masks: Int32Array = new Int32Array(0)
  constructor(private readonly tokenText: readonly string[]) {}

  private maskOf(token: number): number {
    if (this.masks.length <= token) {
      const grown = new Int32Array(Math.max(this.tokenText.length, token + 1)).fill(-1)
      grown.set(this.masks)
      this.masks = grown
    }
    let mask = this.masks[token]!
    if (mask === -1) {
      mask = 0
      const text = this.tokenText[token]!
      for (let k = 0; k < text.length; k++) mask |= 1 << (text.charCodeAt(k) % 31)
      this.masks[token] = mask
    }
    return mask
  }

  get(a: number, b: number, aText: string, bText: string): number {
    if (aText.length < MIN_FUZZY_LENGTH || bText.length < MIN_FUZZY_LENGTH) return 0
    const maskA = this.maskOf(a)
    const maskB = this.maskOf(b)
    const matches = Math.min(aText.length - popcount(maskA & ~maskB), bText.length - popcount(maskB & ~maskA))
    if (matches <= 0) return 0
    const jaroBound = (matches / aText.length + matches / bText.length + 1) / 3
    if (0.6 * jaroBound + 0.4 < MIN_FUZZY_WORD_SIMILARITY) return 0
    return fuzzyWordCredit(aText, bText)
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24
}

function fuzzyWordCredit(a: string, b: string): number {
  if (a.length < MIN_FUZZY_LENGTH || b.length < MIN_FUZZY_LENGTH) return 0
  if (HAS_DIGIT.test(a) || HAS_DIGIT.test(b)) return 0
  const similarity = jaroWinkler(a, b)
  return similarity >= MIN_FUZZY_WORD_SIMILARITY ? similarity : 0
}

/**
 * Similarity of two titles given as token ids (stop words already dropped, each once).
 * Two views, the better one wins (a caller that only needs to know whether the similarity
 * reaches `atLeast` may get a lower figure when it does not):
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
  tokenText: readonly string[],
  cache?: WordCreditCache,
  atLeast = 0
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
  // Levenshtein's similarity is at most 1 - (length difference) / (longer length): when that
  // cannot beat the word view, or reach what the caller needs, the strings need not be built.
  const lengthA = joinedLength(tokens, aFrom, aTo, tokenText)
  const lengthB = joinedLength(tokens, bFrom, bTo, tokenText)
  const bound = 1 - Math.abs(lengthA - lengthB) / Math.max(lengthA, lengthB, 1)
  if (unmatchedA > 0 && credit < aCount) {
    // Each misspelt word earns at most 1: when even that cannot reach what the caller needs, and
    // neither can the character view, the exact words' figure will do.
    const bestDice = (2 * (credit + Math.min(unmatchedA, bCount - credit))) / (aCount + bCount)
    if (bestDice < atLeast && bound < atLeast) return (2 * credit) / (aCount + bCount)
    credit += fuzzyCredit(tokens, aFrom, aTo, bFrom, bTo, tokenText, used, cache)
  }
  const dice = (2 * credit) / (aCount + bCount)
  if (dice === 1) return 1
  if (bound <= dice || bound < atLeast) return dice

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
  used: Uint8Array,
  cache: WordCreditCache | undefined
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
      const b = tokens[j]
      const wordCredit = cache ? cache.get(a, b, aText, tokenText[b]) : fuzzyWordCredit(aText, tokenText[b])
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

function joinedLength(tokens: Int32Array, from: number, to: number, tokenText: readonly string[]): number {
  let length = 0
  for (let i = from; i < to; i++) length += tokenText[tokens[i]!]!.length
  return length
}

function joinTokens(tokens: Int32Array, from: number, to: number, tokenText: readonly string[]): string {
  let joined = ''
  for (let i = from; i < to; i++) joined += tokenText[tokens[i]]
  return joined
}
