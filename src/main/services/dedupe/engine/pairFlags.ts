/**
 * A yes/no answer remembered per unordered pair of small non-negative integers (place key ids),
 * in one open-addressing table of typed arrays: a scan asks millions of times, and a Map keyed
 * by a 42-bit number would hash a heap number each time.
 */
export class PairFlags {
  private keysA = new Int32Array(1024).fill(-1)
  private keysB = new Int32Array(1024)
  private values = new Uint8Array(1024)
  private size = 0

  /** 1 for yes, 0 for no, -1 when not remembered. */
  get(a: number, b: number): number {
    const x = a < b ? a : b
    const y = a < b ? b : a
    const mask = this.keysA.length - 1
    for (let slot = hash(x, y) & mask; ; slot = (slot + 1) & mask) {
      const key = this.keysA[slot]!
      if (key === -1) return -1
      if (key === x && this.keysB[slot] === y) return this.values[slot]!
    }
  }

  set(a: number, b: number, yes: boolean): void {
    if ((this.size + 1) * 2 > this.keysA.length) this.grow()
    this.insert(a < b ? a : b, a < b ? b : a, yes ? 1 : 0)
  }

  private insert(x: number, y: number, value: number): void {
    const mask = this.keysA.length - 1
    let slot = hash(x, y) & mask
    while (this.keysA[slot] !== -1 && !(this.keysA[slot] === x && this.keysB[slot] === y)) slot = (slot + 1) & mask
    if (this.keysA[slot] === -1) this.size++
    this.keysA[slot] = x
    this.keysB[slot] = y
    this.values[slot] = value
  }

  private grow(): void {
    const [keysA, keysB, values] = [this.keysA, this.keysB, this.values]
    this.keysA = new Int32Array(keysA.length * 2).fill(-1)
    this.keysB = new Int32Array(keysA.length * 2)
    this.values = new Uint8Array(keysA.length * 2)
    this.size = 0
    for (let slot = 0; slot < keysA.length; slot++) if (keysA[slot] !== -1) this.insert(keysA[slot]!, keysB[slot]!, values[slot]!)
  }
}

function hash(x: number, y: number): number {
  let h = Math.imul(x, 0x9e3779b1) ^ Math.imul(y + 0x7f4a7c15, 0x85ebca6b)
  h ^= h >>> 15
  return h >>> 0
}
