/**
 * The distinct values of one text column, each given a small code, with each code's place in
 * the column's sort order. A million records hold a few thousand cities or dates: sorting by
 * city then means comparing integers, not strings.
 */
export class Dictionary {
  /** Code 0 is NULL; values[code] for the others. */
  private readonly values: string[] = ['']
  private readonly codes = new Map<string, number>()
  private ranks = new Int32Array(1)
  private rankedUpTo = 1

  constructor(private readonly compare: (a: string, b: string) => number) {}

  /** The value's code, adding it if new. */
  codeFor(value: string | null): number {
    if (value === null) return 0
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.values.push(value)
      this.codes.set(value, code)
    }
    return code
  }

  /** The code of a value seen before, or undefined (then no record holds it). */
  codeOf(value: string): number | undefined {
    return this.codes.get(value)
  }

  valueOf(code: number): string | null {
    return code === 0 ? null : this.values[code]!
  }

  get size(): number {
    return this.values.length - 1
  }

  /**
   * Each code's rank in the collation's order, from 1; NULL (code 0) ranks 0. Values equal
   * under the collation ('Paris', 'PARIS' for NOCASE) share a rank, as SQLite ties them.
   * Recomputed only when values were added since.
   */
  rankTable(): Int32Array {
    if (this.rankedUpTo === this.values.length) return this.ranks
    const order = Array.from({ length: this.values.length - 1 }, (_, i) => i + 1)
    order.sort((a, b) => this.compare(this.values[a]!, this.values[b]!))
    const ranks = new Int32Array(this.values.length)
    let rank = 0
    let previous: string | undefined
    for (const code of order) {
      const value = this.values[code]!
      if (previous === undefined || this.compare(previous, value) !== 0) rank++
      ranks[code] = rank
      previous = value
    }
    this.ranks = ranks
    this.rankedUpTo = this.values.length
    return ranks
  }
}
