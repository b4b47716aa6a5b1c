type Typed = Int32Array | Uint8Array | Float64Array
type TypedConstructor<T extends Typed> = new (length: number) => T

/**
 * A typed array that grows as values are pushed: a million records' columns cost 1 to 4 bytes a
 * value here, where a JavaScript array of numbers costs 8 and more while it is being filled.
 */
export class GrowableArray<T extends Typed> {
  private data: T
  length = 0

  constructor(
    private readonly Kind: TypedConstructor<T>,
    capacity = 1024
  ) {
    this.data = new Kind(capacity)
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new this.Kind(this.data.length * 2)
      grown.set(this.data)
      this.data = grown
    }
    this.data[this.length++] = value
  }

  /** The values pushed, in an array of their own length. */
  toArray(): T {
    return this.data.slice(0, this.length) as T
  }
}
