import type { Prng } from './prng'
import type { City } from './cities'
import type { Language } from './vocabulary'
import { ORGANISATIONS, VOCABULARIES, ordinal } from './vocabulary'

export type TitleFamily = 'topic' | 'city' | 'series'

/** The parts a title is made of; a duplicate re-renders them with another template. */
export interface TitleParts {
  language: Language
  family: TitleFamily
  template: number
  type: string
  subject: string
  setting: string
  org: string
  ordinalNumber: number
  year: number
  city: City | null
}

/** Topic titles dominate; series titles are rarer but repeat across different events. */
const FAMILY_WEIGHTS = [70, 18, 12]
const FAMILIES: readonly TitleFamily[] = ['topic', 'city', 'series']

export function drawTitleParts(rng: Prng, language: Language, city: City | null, year: number): TitleParts {
  const vocabulary = VOCABULARIES[language]
  let family = FAMILIES[rng.weighted(FAMILY_WEIGHTS)]
  if (family === 'city' && city === null) family = 'topic'
  const templates = templatesOf({ language, family })
  let template = rng.int(0, templates.length - 1)
  // A series template naming a city needs one; fall back to the next template.
  if (city === null && templates[template].includes('{City}')) template = (template + 1) % templates.length
  return {
    language,
    family,
    template,
    type: rng.pick(vocabulary.types),
    subject: rng.pick(vocabulary.subjects),
    setting: rng.pick(vocabulary.settings),
    org: rng.pick(ORGANISATIONS),
    ordinalNumber: rng.int(1, 10),
    year,
    city
  }
}

export function templatesOf(parts: Pick<TitleParts, 'language' | 'family'>): readonly string[] {
  const vocabulary = VOCABULARIES[parts.language]
  if (parts.family === 'city') return vocabulary.cityTemplates
  if (parts.family === 'series') return vocabulary.seriesTemplates
  return vocabulary.topicTemplates
}

const PLACEHOLDER = /\{(\w+)\}/g

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)

export function renderTitle(parts: TitleParts, template = parts.template): string {
  const topic = parts.setting ? `${parts.subject} ${parts.setting}` : parts.subject
  const cityName = parts.city?.name ?? ''
  const values: Record<string, string> = {
    Type: capitalise(parts.type),
    type: parts.type,
    Topic: capitalise(topic),
    topic,
    City: cityName,
    Org: parts.org,
    Ordinal: ordinal(parts.language, parts.ordinalNumber),
    Year: String(parts.year)
  }
  const text = templatesOf(parts)[template].replace(PLACEHOLDER, (_, name: string) => values[name] ?? '')
  return capitalise(text)
}

/** Another template of the same family, when the family has one. */
export function otherTemplate(rng: Prng, parts: TitleParts): number {
  const count = templatesOf(parts).length
  if (count < 2 || parts.family === 'series') return parts.template
  return (parts.template + rng.int(1, count - 1)) % count
}
