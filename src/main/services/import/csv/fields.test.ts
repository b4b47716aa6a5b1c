import { describe, expect, it } from 'vitest'
import { CSV_FIELDS, FIELD_SYNONYMS, fieldForHeader, mapColumns, normalizeHeader } from './fields'

describe('column names', () => {
  it('maps every listed spelling to its field', () => {
    for (const field of CSV_FIELDS) {
      for (const name of FIELD_SYNONYMS[field]) {
        // Dutch "plaats" is listed for place and city; place, listed first, wins.
        const expected = name === 'plaats' ? 'place' : field
        expect(fieldForHeader(name), name).toBe(expected)
      }
    }
  })

  it('ignores case, accents, punctuation and spacing', () => {
    expect(normalizeHeader('  Date(s) ')).toBe('date s')
    expect(fieldForHeader('DATE(S)')).toBe('date')
    expect(fieldForHeader('Intitule')).toBe('title')
    expect(fieldForHeader('schlagworter')).toBe('tags')
    expect(fieldForHeader('START_DATE')).toBe('startDate')
    expect(fieldForHeader('end-date')).toBe('endDate')
    expect(fieldForHeader('Citta')).toBe('city')
    expect(fieldForHeader('Country Code')).toBe('country')
  })

  it('maps headers in each language', () => {
    const byLanguage: Record<string, string[]> = {
      en: ['Title', 'Date', 'Start date', 'End date', 'Location', 'City', 'Country', 'Notes', 'Keywords'],
      fr: ['Intitulé', 'Dates', 'Début', 'Fin', 'Lieu', 'Ville', 'Pays', 'Commentaire', 'Mots clés'],
      de: ['Veranstaltung', 'Zeitraum', 'Beginn', 'Ende', 'Ort', 'Stadt', 'Land', 'Bemerkungen', 'Schlagwörter'],
      es: ['Título', 'Fecha', 'Inicio', 'Fin', 'Lugar', 'Ciudad', 'País', 'Notas', 'Etiquetas'],
      it: ['Titolo', 'Data', 'Inizio', 'Fine', 'Luogo', 'Città', 'Paese', 'Note', 'Tags'],
      pt: ['Evento', 'Data', 'Início', 'Fim', 'Local', 'Cidade', 'País', 'Notas', 'Etiquetas'],
      nl: ['Naam', 'Datum', 'Startdatum', 'Einddatum', 'Locatie', 'Stad', 'Land', 'Opmerkingen', 'Tags']
    }
    const expected = ['title', 'date', 'startDate', 'endDate', 'place', 'city', 'country', 'notes', 'tags']
    for (const [language, headers] of Object.entries(byLanguage)) {
      expect(mapColumns(headers), language).toEqual(expected)
    }
  })

  it('leaves unknown columns unmapped', () => {
    expect(mapColumns(['Title', 'Organiser', '', 'Id'])).toEqual(['title', null, null, null])
  })
})
