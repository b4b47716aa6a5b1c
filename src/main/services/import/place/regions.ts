/**
 * US states and Canadian provinces as listings write them after a town: "Minneapolis, MN",
 * "Toronto, ON", "Austin, Texas", "Québec, Québec". Many abbreviations are also ISO country codes
 * (MN Mongolia, GA Gabon, CA Canada, DE Germany): the place reader asks the gazetteer which one
 * the town is in.
 */

const US_STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois',
  IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland',
  MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah',
  VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming'
}

const CA_PROVINCES: Record<string, string[]> = {
  AB: ['Alberta'], BC: ['British Columbia', 'Colombie-Britannique'], MB: ['Manitoba'], NB: ['New Brunswick', 'Nouveau-Brunswick'],
  NL: ['Newfoundland and Labrador', 'Newfoundland', 'Terre-Neuve-et-Labrador'], NS: ['Nova Scotia', 'Nouvelle-Écosse'],
  ON: ['Ontario'], PE: ['Prince Edward Island', 'Île-du-Prince-Édouard'], QC: ['Quebec', 'Québec'], SK: ['Saskatchewan'],
  YT: ['Yukon'], NT: ['Northwest Territories', 'Territoires du Nord-Ouest'], NU: ['Nunavut']
}

export interface Region {
  countryCode: 'US' | 'CA'
  /** The postal abbreviation ("MN", "ON"), as the gazetteer keeps it. */
  region: string
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[.\s-]+/g, ' ').trim()
}

const BY_NAME = new Map<string, Region>()
for (const [code, name] of Object.entries(US_STATES)) BY_NAME.set(fold(name), { countryCode: 'US', region: code })
for (const [code, names] of Object.entries(CA_PROVINCES)) for (const name of names) BY_NAME.set(fold(name), { countryCode: 'CA', region: code })
BY_NAME.set('d c', { countryCode: 'US', region: 'DC' })

/** "MN", "Minnesota", "N.Y." (capitals only for abbreviations), "Ontario" -> the state or province, else null. */
export function resolveRegion(text: string): Region | null {
  const trimmed = text.trim()
  const abbreviation = /^([A-Z])\.?([A-Z])\.?$/.exec(trimmed)
  if (abbreviation !== null) {
    const code = (abbreviation[1] as string) + (abbreviation[2] as string)
    if (code in US_STATES) return { countryCode: 'US', region: code }
    if (code in CA_PROVINCES) return { countryCode: 'CA', region: code }
    return null
  }
  return BY_NAME.get(fold(trimmed)) ?? null
}
