/**
 * Importers do their work as generators that yield the share done (0..1) between slices.
 * A synchronous caller runs them to the end (runSteps); the import service drives them
 * asynchronously and lets the event loop breathe between yields, so parsing a large file
 * never freezes the main process and a Cancel is seen at once.
 */

import { ParseError } from './types'

/** A parse in slices: yields the share done now and then, returns the result. */
export type ParseSteps<T> = Generator<number, T, void>

/** Thrown when options.onProgress asks to stop. A ParseError, so callers catching those see it too. */
export class CancelledError extends ParseError {
  constructor() {
    super('cancelled')
    this.name = 'CancelledError'
  }
}

/** Runs the steps to the end; onProgress returning true stops them with CancelledError. */
export function runSteps<T>(steps: ParseSteps<T>, onProgress?: (share: number) => boolean | void): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (onProgress?.(clampShare(step.value)) === true) {
      steps.return(undefined as T)
      throw new CancelledError()
    }
  }
}

/** Delegates to `steps`, mapping their shares into from..to of the caller's progress. */
export function* scaledSteps<T>(steps: ParseSteps<T>, from: number, to: number): ParseSteps<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    yield from + clampShare(step.value) * (to - from)
  }
}

function clampShare(share: number): number {
  return Math.min(1, Math.max(0, share))
}
