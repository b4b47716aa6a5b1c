import { describe, expect, it } from 'vitest'
import { isTimeOnly } from './times'
import { isDateRemnant } from './remnant'

describe('a time alone', () => {
  it.each(['18:00–19:30', '19:00', '21 hs', '20.30 hs', '18 hs.', '19 Uhr', '14–17 Uhr', '18.30 Uhr', '4pm', '2-4 pm', '15h', 'Ab 19 Uhr', '오후 7시', '午後2時'])('%s is only a time', (text) => {
    expect(isTimeOnly(text)).toBe(true)
  })

  it.each(['Room 2.14', '2019', '7', 'Lunch 12:00', '19:00 Konzert im Park', 'Salle 12'])('%s is more than a time', (text) => {
    expect(isTimeOnly(text)).toBe(false)
  })
})

describe('what is left of a date line', () => {
  it.each(['Salı, 19.00', 'Çarşamba, 18.30', 'Cuma', 'mardi, 18h30', '(Mittwoch) 19 Uhr', '18:00–19:30'])('%s is part of the date', (text) => {
    expect(isDateRemnant(text)).toBe(true)
  })

  it.each(['Salı konseri', 'Friday Night Jazz', 'Cuma, Kitap Fuarı', 'Mercredi des enfants'])('%s is not', (text) => {
    expect(isDateRemnant(text)).toBe(false)
  })
})
