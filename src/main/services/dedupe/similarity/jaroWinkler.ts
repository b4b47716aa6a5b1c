/**
 * Jaro-Winkler similarity (0..1): forgiving of transpositions and rewarding a shared
 * prefix, which suits short words with a typo (`Viarregio` / `Viareggio`).
 */
let matchedA = new Uint8Array(64)
let matchedB = new Uint8Array(64)

function scratch(length: number): void {
  if (matchedA.length < length) {
    matchedA = new Uint8Array(length * 2)
    matchedB = new Uint8Array(length * 2)
  }
}

export function jaro(a: string, b: string): number {
  if (a === b) return 1
  const la = a.length
  const lb = b.length
  if (la === 0 || lb === 0) return 0
  scratch(Math.max(la, lb))
  matchedA.fill(0, 0, la)
  matchedB.fill(0, 0, lb)
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1)
  let matches = 0
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window)
    const to = Math.min(lb - 1, i + window)
    const code = a.charCodeAt(i)
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === code) {
        matchedA[i] = 1
        matchedB[j] = 1
        matches++
        break
      }
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  let j = 0
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue
    while (matchedB[j] === 0) j++
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions++
    j++
  }
  const m = matches
  return (m / la + m / lb + (m - transpositions / 2) / m) / 3
}

export function jaroWinkler(a: string, b: string, prefixScale = 0.1): number {
  const similarity = jaro(a, b)
  let prefix = 0
  const limit = Math.min(4, a.length, b.length)
  while (prefix < limit && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++
  return similarity + prefix * prefixScale * (1 - similarity)
}
