import type { FieldEvidence, PairEvidence } from '../types'
import type { PairComparer } from '../engine/comparer'
import type { ModelWeights } from './model'
import { DateLevel, FIELDS, LEVEL_NAMES, PlaceLevel, TitleLevel, NumberLevel, type LevelVector } from './levels'

const round1 = (value: number): number => Math.round(value * 10) / 10
/** Words quoted in an explanation at most. */
const QUOTED_WORDS = 3

/** Each field's level, weight and the detail behind it (days apart, shared words). */
export function evidenceFor(levels: LevelVector, weights: ModelWeights, comparer: PairComparer, weight: number): PairEvidence {
  const field = (name: (typeof FIELDS)[number], detail?: string): FieldEvidence => {
    const level = levels[name]
    const out: FieldEvidence = { level: LEVEL_NAMES[name][level]!, weight: round1(weights.fields[name][level]!) }
    if (detail !== undefined) out.detail = detail
    return out
  }
  const t = comparer.table
  const dates = levels.dates === DateLevel.Unknown ? undefined : [
    comparer.days > 0 ? `${comparer.days} ${comparer.days === 1 ? 'day' : 'days'} apart` : '',
    comparer.dayMonthOnly ? 'day and month only' : '',
    comparer.yearFromTitle ? 'year taken from the title' : ''
  ].filter(Boolean).join(', ')
  const shared = comparer.shared.slice(0, QUOTED_WORDS).map((token) => t.tokenText[token]!)
  return {
    dates: field('dates', dates || undefined),
    place: field('place'),
    title: field('title', levels.title === TitleLevel.Unknown ? undefined : `${Math.round(comparer.similarity * 100)}% alike${shared.length ? `; shared: ${shared.join(', ')}` : ''}`),
    numbers: field('numbers'),
    prior: round1(weights.priorWeight),
    matchWeight: round1(weight)
  }
}

/** A probability in the words an archivist reads. */
export function probabilityInWords(probability: number): string {
  const percent = Math.min(99, Math.max(probability > 0 ? 1 : 0, Math.round(probability * 100)))
  const words =
    probability >= 0.99 ? 'almost certainly the same event' :
    probability >= 0.9 ? 'very likely the same event' :
    probability >= 0.7 ? 'likely the same event' :
    probability >= 0.4 ? 'possibly the same event' :
    probability >= 0.1 ? 'unlikely to be the same event' : 'almost certainly different events'
  return `${words} (${percent}%)`
}

const signed = (weight: number): string => `${weight >= 0 ? '+' : '−'}${Math.abs(weight).toFixed(1)}`

function dateWords(evidence: FieldEvidence): string | null {
  const apart = evidence.detail?.match(/^(\d+) days? apart/)?.[0]
  const noYear = evidence.detail?.includes('day and month only') ? ', no year' : evidence.detail?.includes('year taken from the title') ? ', year from the title' : ''
  switch (LEVEL_NAMES.dates.indexOf(evidence.level)) {
    case DateLevel.Same: return `same dates${noYear}`
    case DateLevel.Overlap: return `overlapping dates${noYear}`
    case DateLevel.Within3Days: return `starts ${apart ?? 'a few days apart'}${noYear}`
    case DateLevel.SameMonth: return `dates ${apart ?? 'weeks apart'}${noYear}`
    case DateLevel.Different: return `different dates${apart ? ` (${apart})` : ''}${noYear}`
    case DateLevel.DayOfMonthNear: return `the day given alone fits the other's dates${apart ? ` (${apart})` : ''}`
    default: return null
  }
}

function placeWords(evidence: FieldEvidence, online: boolean): string | null {
  switch (LEVEL_NAMES.place.indexOf(evidence.level)) {
    case PlaceLevel.Same: return online ? 'both online' : 'same place'
    case PlaceLevel.Inside: return 'same place, written differently'
    case PlaceLevel.SameCountry: return 'same country'
    case PlaceLevel.OtherCity: return 'different cities'
    case PlaceLevel.OtherCountry: return 'different countries'
    case PlaceLevel.OnlineAndPlace: return 'online and in a place'
    case PlaceLevel.OtherName: return 'different place names'
    default: return null
  }
}

function titleWords(evidence: FieldEvidence): string | null {
  const shared = evidence.detail?.split('; shared: ')[1]?.split(', ') ?? []
  const quoted = shared.map((word) => `'${word}'`).join(', ')
  const alike = evidence.detail?.match(/^\d+%/)?.[0]
  switch (LEVEL_NAMES.title.indexOf(evidence.level)) {
    case TitleLevel.Exact: return 'same title'
    case TitleLevel.High: case TitleLevel.Medium: return `titles ${alike} alike`
    case TitleLevel.Acronym: return 'one title is the acronym of the other'
    case TitleLevel.RareWords: case TitleLevel.CommonWords: return `titles share ${quoted}`
    case TitleLevel.None: return 'different title words'
    default: return null
  }
}

function numberWords(evidence: FieldEvidence): string | null {
  const level = LEVEL_NAMES.numbers.indexOf(evidence.level)
  return level === NumberLevel.Same ? 'same edition numbers' : level === NumberLevel.Different ? 'different edition numbers' : null
}

/**
 * The pair in words, one line per field that said something, each with its weight, after the
 * probability: "likely the same event (84%)", "same dates (+7.8)", "titles share 'open' (+2.6)".
 */
export function reasonsFor(evidence: PairEvidence, probability: number, online: boolean): string[] {
  const reasons = [probabilityInWords(probability)]
  const add = (words: string | null, field: FieldEvidence): void => {
    if (words !== null) reasons.push(`${words} (${signed(field.weight)})`)
  }
  add(dateWords(evidence.dates), evidence.dates)
  add(titleWords(evidence.title), evidence.title)
  add(placeWords(evidence.place, online), evidence.place)
  add(numberWords(evidence.numbers), evidence.numbers)
  return reasons
}
