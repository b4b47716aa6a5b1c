/** The place reader on the place strings of real pages (the fixtures), without the listing reader. */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fixturePath } from '../../../../../test/fixtures'
import { pageCountryHints, splitPlace } from './index'

interface Expected {
  place: string | null
  countryCode: string | null
  notes?: string
}

describe('the places of the real listings', () => {
  const dir = fixturePath('real-listings')
  const events = readdirSync(dir)
    .filter((f) => f.endsWith('.expected.json'))
    .flatMap((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Expected[])
    .filter((e) => e.place !== null)

  it('gives the stated country, or the one the annotators noted as implied, for nearly all', () => {
    const right = events.filter((e) => {
      const read = splitPlace(e.place as string).countryCode
      const implied = /implied: ([A-Z]{2})\b/.exec(e.notes ?? '')?.[1] ?? null
      return read === e.countryCode || (e.countryCode === null && read === implied)
    })
    // The 13 others are venues alone ("The Tivoli", "Templo de Diana") whose town is in the page's context.
    expect(events.length).toBe(202)
    expect(right.length).toBeGreaterThanOrEqual(189)
  })

  it('never gives a country the text contradicts', () => {
    for (const e of events) {
      const read = splitPlace(e.place as string)
      const implied = /implied: ([A-Z]{2})\b/.exec(e.notes ?? '')?.[1] ?? null
      if (read.countryCode !== null) expect([e.countryCode, implied], e.place as string).toContain(read.countryCode)
    }
  })
})

describe('the bare towns of the cross-source reference page', () => {
  // Block 3 of each event is its town (SOURCE.md); the truth is where each ATP tournament is played.
  const truth: Record<string, string> = {
    London: 'GB', 'Indian Wells': 'US', 'Key Biscayne': 'US', 'Monte Carlo': 'MC', Madrid: 'ES', Rome: 'IT', Toronto: 'CA',
    Cincinnati: 'US', Shanghai: 'CN', Paris: 'FR', Rotterdam: 'NL', Memphis: 'US', Dubai: 'AE', Acapulco: 'MX', Barcelona: 'ES',
    Hamburg: 'DE', 'Washington, D.C.': 'US', Tokyo: 'JP', Beijing: 'CN', Basel: 'CH', Valencia: 'ES', Brisbane: 'AU', Doha: 'QA',
    Chennai: 'IN', Auckland: 'NZ', Sydney: 'AU', Santiago: 'CL', Zagreb: 'HR', Johannesburg: 'ZA', 'San Jose': 'US',
    'Costa do Sauipe': 'BR', Marseille: 'FR', 'Buenos Aires': 'AR', 'Delray Beach': 'US', Casablanca: 'MA', Houston: 'US',
    Munich: 'DE', Estoril: 'PT', Nice: 'FR', Halle: 'DE', "'s-Hertogenbosch": 'NL', Eastbourne: 'GB', Newport: 'US',
    Båstad: 'SE', Stuttgart: 'DE', Atlanta: 'US', Gstaad: 'CH', 'Los Angeles': 'US', Umag: 'HR', 'New Haven': 'US', Metz: 'FR',
    Bucharest: 'RO', Bangkok: 'TH', 'Kuala Lumpur': 'MY', Stockholm: 'SE', Moscow: 'RU', Vienna: 'AT', Montpellier: 'FR',
    'St. Petersburg': 'RU'
  }
  const blocks = readFileSync(fixturePath('cross-source', 'reference.txt'), 'utf8').split(/\n\s*\n+/).map((b) => b.trim()).filter(Boolean)
  const towns = blocks.filter((_, i) => i % 3 === 2)

  it('reads each town’s country, the page’s other countries settling Valencia', () => {
    expect(towns.length).toBe(60)
    const first = towns.map((t) => splitPlace(t))
    const hints = pageCountryHints(first)
    const read = towns.map((t, i) => ((first[i]?.placeAmbiguous ?? false) ? splitPlace(t, { countryHints: hints }) : first[i]))
    const wrong = towns.filter((t, i) => read[i]?.countryCode !== truth[t])
    // Costa do Sauipe is a resort under 1,000 people; Newport, Rhode Island loses to Newport, Wales.
    expect(wrong).toEqual(['Costa do Sauipe', 'Newport'])
    expect(first[towns.indexOf('Valencia')]).toMatchObject({ countryCode: 'VE', placeAmbiguous: true })
    expect(read.every((r) => r === undefined || r.countryCode === null || r.countryInferred)).toBe(true)
  })
})
