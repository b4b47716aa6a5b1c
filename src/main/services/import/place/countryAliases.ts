/**
 * Country names that Intl's region names lack: everyday and official forms listings write
 * ("Korea", "Holland", "England", "Russian Federation"), folded by foldCountry. They win over
 * every name Intl gives.
 */
export const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  korea: 'KR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'korea republic of': 'KR',
  'north korea': 'KP',
  holland: 'NL',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  britain: 'GB',
  'great britain': 'GB',
  uk: 'GB',
  'u k': 'GB',
  usa: 'US',
  'u s a': 'US',
  'united states': 'US',
  'united states of america': 'US',
  america: 'US',
  russia: 'RU',
  'russian federation': 'RU',
  turkey: 'TR',
  turkiye: 'TR',
  czechia: 'CZ',
  'czech republic': 'CZ',
  'ivory coast': 'CI',
  'cote divoire': 'CI',
  macedonia: 'MK',
  kosovo: 'XK',
  'vatican city': 'VA',
  vatican: 'VA',
  'holy see': 'VA',
  'saint siege': 'VA',
  moldova: 'MD',
  'republic of moldova': 'MD',
  syria: 'SY',
  'syrian arab republic': 'SY',
  laos: 'LA',
  'lao pdr': 'LA',
  'viet nam': 'VN',
  iran: 'IR',
  'islamic republic of iran': 'IR',
  'dr congo': 'CD',
  'democratic republic of the congo': 'CD',
  'rd congo': 'CD',
  burma: 'MM',
  'brunei darussalam': 'BN',
  'cabo verde': 'CV',
  swaziland: 'SZ',
  schweiz: 'CH',
  suisse: 'CH',
  svizzera: 'CH'
}

/** Names that mean two countries in everyday use ("Congo": Brazzaville or Kinshasa): never guessed. */
export const AMBIGUOUS_COUNTRY_NAMES: readonly string[] = ['congo', 'republic of the congo', 'guinea']

/** The English name a record shows where Intl's differs from the everyday form the fixtures write. */
export const DISPLAY_OVERRIDES: Readonly<Record<string, string>> = {
  KR: 'Korea',
  KP: 'North Korea',
  GB: 'United Kingdom',
  US: 'United States',
  TR: 'Turkey',
  CI: 'Ivory Coast',
  CG: 'Congo',
  CD: 'Democratic Republic of the Congo',
  HK: 'Hong Kong',
  MO: 'Macao',
  MM: 'Myanmar',
  PS: 'Palestine',
  VA: 'Vatican City',
  XK: 'Kosovo'
}
