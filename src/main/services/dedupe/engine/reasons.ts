import type { PairEvidence } from '../types'

/** The evidence in the words an archivist reads in the review list. */
export function reasonsFor(evidence: PairEvidence, online: boolean): string[] {
  const reasons: string[] = []
  const { dates, title, place, country } = evidence
  if (dates.relation === 'same') reasons.push('same dates')
  else if (dates.relation === 'overlap') reasons.push('overlapping dates')
  else if (dates.relation === 'near') reasons.push(`dates ${dates.days} ${dates.days === 1 ? 'day' : 'days'} apart`)
  else if (dates.relation === 'different') reasons.push(`different dates (${dates.days} days apart)`)
  else reasons.push('dates unknown')

  if (title.similarity >= 0.9995) reasons.push('same title')
  // Never "100% alike" for titles that are not the same: rounding must not claim identity.
  else reasons.push(`titles ${Math.min(99, Math.round(title.similarity * 100))}% alike`)

  if (place.relation === 'same') reasons.push(online ? 'both online' : 'same city')
  else if (place.relation === 'similar') reasons.push('similar places')
  else if (place.relation === 'different') reasons.push('different cities')

  if (country.relation === 'same') reasons.push('same country')
  else if (country.relation === 'different') reasons.push('different countries')
  return reasons
}
