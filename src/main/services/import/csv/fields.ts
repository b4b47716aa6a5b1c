/**
 * The record fields a CSV column (or a plain JSON object key) can feed, and the header
 * names that mean each of them in the languages archivists' spreadsheets come in.
 */

export const CSV_FIELDS = [
  'title',
  'date',
  'startDate',
  'endDate',
  'place',
  'city',
  'country',
  'notes',
  'tags'
] as const

export type CsvField = (typeof CSV_FIELDS)[number]

/**
 * Header spellings per field (matched after normalizeHeader: case, accents and punctuation
 * do not matter). Where a word is listed twice (Dutch "plaats" is both place and town) the
 * field listed first wins: a place column still yields a city through splitPlace.
 */
export const FIELD_SYNONYMS: Readonly<Record<CsvField, readonly string[]>> = {
  title: [
    'title', 'event', 'name', 'event name', 'event title', 'titre', 'intitulé', 'Titel',
    'Veranstaltung', 'título', 'evento', 'titolo', 'naam', 'nom', 'nombre', 'nome'
  ],
  date: ['date', 'dates', 'when', 'datum', 'fecha', 'data', 'date(s)', 'Zeitraum', 'dateText', 'date text'],
  startDate: [
    'start', 'start date', 'startDate', 'from', 'begins', 'début', 'date de début', 'Beginn',
    'inicio', 'inizio', 'início', 'begin', 'startdatum', 'begindatum'
  ],
  endDate: [
    'end', 'end date', 'endDate', 'to', 'until', 'ends', 'fin', 'date de fin', 'Ende', 'fine',
    'fim', 'einde', 'einddatum', 'enddatum'
  ],
  place: [
    'place', 'location', 'venue', 'where', 'lieu', 'Ort', 'Veranstaltungsort', 'lugar', 'luogo',
    'local', 'plaats', 'locatie'
  ],
  city: ['city', 'town', 'ville', 'Stadt', 'ciudad', 'città', 'cidade', 'stad', 'plaats'],
  country: [
    'country', 'pays', 'Land', 'país', 'paese', 'land', 'country code', 'countryCode', 'ISO',
    'ISO code', 'nation'
  ],
  notes: [
    'notes', 'description', 'remarks', 'commentaire', 'commentaires', 'Bemerkungen', 'notas',
    'note', 'opmerkingen', 'comments', 'comment', 'Anmerkungen', 'observaciones'
  ],
  tags: [
    'tags', 'tag', 'keywords', 'categories', 'category', 'Schlagwörter', 'Stichwörter',
    'etiquetas', 'mots clés', 'parole chiave', 'trefwoorden'
  ]
}

/** "Date(s)", "date_s", " DATE S " all become "date s"; "Intitulé" becomes "intitule". */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/([a-z])([0-9])/g, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** Also matches camelCase keys such as "startDate" once lower-cased: "startdate". */
function compact(normalized: string): string {
  return normalized.replace(/ /g, '')
}

const LOOKUP: ReadonlyMap<string, CsvField> = (() => {
  const map = new Map<string, CsvField>()
  for (const field of CSV_FIELDS) {
    for (const name of FIELD_SYNONYMS[field]) {
      const normalized = normalizeHeader(name)
      if (!map.has(normalized)) map.set(normalized, field)
      if (!map.has(compact(normalized))) map.set(compact(normalized), field)
    }
  }
  return map
})()

export function fieldForHeader(header: string): CsvField | null {
  const normalized = normalizeHeader(header)
  return LOOKUP.get(normalized) ?? LOOKUP.get(compact(normalized)) ?? null
}

/**
 * The field each header names, or null when it names none. A field named by several
 * columns keeps them all: the record builder takes the first non-empty value (notes and
 * tags are joined).
 */
export function mapColumns(headers: readonly string[]): (CsvField | null)[] {
  return headers.map(fieldForHeader)
}

export function isCsvField(value: string): value is CsvField {
  return (CSV_FIELDS as readonly string[]).includes(value)
}
