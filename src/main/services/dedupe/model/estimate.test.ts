import { describe, expect, it } from 'vitest'
import { generateListings } from '../../../../../test/generator'
import { buildFeatureTable } from '../engine/features'
import { scorePair } from '../engine/findDuplicatePairs'
import { record } from '../engine/testRecords'
import type { DedupeRecord } from '../types'
import { DateLevel, PlaceLevel, unpackLevels } from './levels'
import { modelWeights, type MatchModel } from './model'
import { estimateModel, randomPairPatterns } from './estimate'
import { blockedPatterns, trainModel } from './train'

function run<T>(steps: Generator<unknown, T, void>): T {
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}
const train = (records: DedupeRecord[]): MatchModel => run(trainModel(records, []))

const CITIES = ['Lyon', 'Berlin', 'Madrid', 'Milano', 'Wien', 'Oslo', 'Porto', 'Leipzig', 'Bologna', 'Sevilla', 'Gent', 'Krakow']
const WORDS = ['cohesion', 'mediation', 'housing', 'heritage', 'mobility', 'dialogue', 'planning', 'safety', 'welcome', 'citizenship', 'governance', 'education']
const day = (n: number): string => new Date(Date.UTC(2000, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)

describe('estimating the model from a collection', () => {
  it('keeps two cities read as two against a match, when events of one title meet on the same days elsewhere', () => {
    // Each event has a second listing in its own city and a different event of the same title on
    // the same days in another city: the estimate cannot tell those apart by titles and dates.
    const records: DedupeRecord[] = []
    let id = 1
    for (let k = 0; k < 240; k++) {
      const title = `Forum on ${WORDS[k % 12]} and ${WORDS[(k * 5 + 1) % 12]} ${k}`
      const at = (city: string) => ({ title, startDate: day(k * 9), endDate: day(k * 9 + 1), place: city, city, country: null, countryCode: null })
      records.push(record(id++, at(CITIES[k % 12]!)), record(id++, { ...at(CITIES[k % 12]!), title: title.toUpperCase() }), record(id++, at(CITIES[(k + 5) % 12]!)))
    }
    for (let k = 0; k < 1500; k++) {
      const city = CITIES[k % 12]!
      records.push(record(id++, { title: `Seminar ${WORDS[k % 12]} ${k * 7}`, startDate: day(k * 3 + 1), endDate: day(k * 3 + 1), place: city, city, country: null, countryCode: null }))
    }
    const model = train(records)
    expect(modelWeights(model).fields.place[PlaceLevel.OtherCity]).toBeLessThan(-3)
    // Below a reworded listing of the same event in its own city, however alike titles and dates are.
    const [original, copy, elsewhere] = records
    const weights = modelWeights(model)
    expect(scorePair(original!, elsewhere!, model).score).toBeLessThan(scorePair(original!, copy!, model).score)
    expect(weights.fields.place[PlaceLevel.OtherCity]).toBeLessThan(weights.fields.place[PlaceLevel.OnlineAndPlace]!)
  })

  it.each([3, 4, 5])('puts u of "same dates" near its share among all pairs, rare as it is (seed %i)', (seed) => {
    const { records } = generateListings({ seed, count: 4_000 })
    // The exact share: pairs of records with the same first and last day, over all pairs.
    const groups = new Map<string, number>()
    for (const r of records) if (r.startDate) groups.set(`${r.startDate}|${r.endDate}`, (groups.get(`${r.startDate}|${r.endDate}`) ?? 0) + 1)
    let same = 0
    for (const n of groups.values()) same += (n * (n - 1)) / 2
    const exact = same / ((records.length * (records.length - 1)) / 2)
    // One pair in about 40,000: a sample of 100,000 pairs would see two or three.
    const counts = run(randomPairPatterns(buildFeatureTable(records)))
    let sameDates = 0
    let known = 0
    counts.forEach((count, pattern) => {
      const level = unpackLevels(pattern).dates
      if (level !== DateLevel.Unknown) known += count
      if (level === DateLevel.Same) sameDates += count
    })
    expect(sameDates / known).toBeGreaterThan(exact / 1.5)
    expect(sameDates / known).toBeLessThan(exact * 1.5)
  })

  it('estimates the prior near the share of duplicates among all pairs of the collection', () => {
    const { records, duplicatePairs } = generateListings({ seed: 4, count: 12_000 })
    const model = train(records)
    const share = duplicatePairs.length / ((records.length * (records.length - 1)) / 2)
    expect(model.prior).toBeGreaterThan(share * 0.7)
    expect(model.prior).toBeLessThan(share * 1.5)
  })

  it('scales the prior by the share of blocks sampled, and keeps a prior far below one in a million', () => {
    const { records } = generateListings({ seed: 5, count: 3_000 })
    const table = buildFeatureTable(records)
    const input = { table, random: run(randomPairPatterns(table)), blocked: run(blockedPatterns(table)).counts, labelled: [] }
    const whole = estimateModel(input)
    const tenth = estimateModel({ ...input, blockedScale: 10 })
    expect(tenth.prior / whole.prior).toBeGreaterThan(8)
    expect(tenth.prior / whole.prior).toBeLessThan(12)
    // A million records hold 5e11 pairs: their prior is about 1e-7, and weighs as such.
    expect(modelWeights({ ...whole, prior: 1e-7 }).priorWeight).toBeCloseTo(Math.log2(1e-7 / (1 - 1e-7)), 3)
  })
})
