import { describe, expect, it } from 'vitest'
import { generateListings } from '../../../../../test/generator'
import { findDuplicatePairs } from './findDuplicatePairs'

/** Precision, recall and F1 of the default scan against the generator's ground truth. */
function measure(seed: number, count: number): { precision: number; recall: number; f1: number } {
  const { records, duplicatePairs } = generateListings({ seed, count })
  const truth = new Set(duplicatePairs.map(([a, b]) => `${a}:${b}`))
  const found = findDuplicatePairs(records)
  const truePositives = found.filter((pair) => truth.has(`${pair.a}:${pair.b}`)).length
  const precision = truePositives / found.length
  const recall = truePositives / truth.size
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) }
}

describe('accuracy on generated listings', () => {
  it.each([1, 2])('reaches an F1 of at least 0.95 at the default threshold (seed %i)', (seed) => {
    const { precision, recall, f1 } = measure(seed, 4_000)
    expect(precision).toBeGreaterThan(0.9)
    expect(recall).toBeGreaterThan(0.9)
    expect(f1).toBeGreaterThanOrEqual(0.95)
  })
})
