/** Wraps an iterable so the writer can report how many records were consumed, whatever the format. */
export class CountingIterable<T> implements Iterable<T> {
  consumed = 0

  constructor(private readonly source: Iterable<T>) {}

  *[Symbol.iterator](): Iterator<T> {
    for (const item of this.source) {
      this.consumed++
      yield item
    }
  }
}
