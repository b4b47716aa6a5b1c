import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { splitEventSentence } from './prose'

const read = (lines: string[], year?: number) =>
  parseListingText(lines.join('\n'), year === undefined ? {} : { year }).records.map((r) => [r.title, r.startDate, r.endDate, r.place])

describe('listings written as running prose', () => {
  it('starts an event at each sentence that opens with a date or a time, and keeps other sentences as notes', () => {
    const page = [
      'Upcoming at the Riverside Institute, season 2031.',
      '',
      'Tuesday 14 October at 6 pm in the Lecture Theatre, 12 Quay Street, there will be the Autumn Lecture on tidal power. The lecture is free. At 8 pm, Room 3, North Wing, will host the Poetry Evening.',
      '',
      'Thursday 16 October at 10:30 in the Main Hall, 1 Mill Road, will take place the Open Day for schools. Booking is required for groups of more than ten pupils.',
      '',
      'At 17:00, Garden Pavilion, 4 Park Lane, Seed swap and plant fair. Bring seeds in labelled paper envelopes, please.'
    ]
    expect(read(page)).toEqual([
      ['Autumn Lecture on tidal power', '2031-10-14', '2031-10-14', 'Lecture Theatre, 12 Quay Street'],
      ['Poetry Evening', '2031-10-14', '2031-10-14', 'Room 3, North Wing'],
      ['Open Day for schools', '2031-10-16', '2031-10-16', 'Main Hall, 1 Mill Road'],
      ['Seed swap and plant fair', '2031-10-16', '2031-10-16', 'Garden Pavilion, 4 Park Lane']
    ])
    const records = parseListingText(page.join('\n')).records
    expect(records[0]!.notes).toMatch(/The lecture is free/)
    expect(records[1]!.notes).toMatch(/time: At 8 pm/)
  })

  it('reads French prose, with the place before the verb and the title after it', () => {
    const page = [
      'Les rendez-vous de la semaine.',
      '',
      'Mercredi 5 mars à 18h30 à la salle des fêtes, place du Marché, aura lieu le Concert des élèves du conservatoire de la ville. Entrée libre pour tous.',
      '',
      'Jeudi 6 mars à 20h au théâtre municipal, 3 rue Haute, se tiendra la Soirée des talents locaux. Réservation conseillée auprès de l’accueil.'
    ]
    expect(read(page, 2031)).toEqual([
      ['Concert des élèves du conservatoire de la ville', '2031-03-05', '2031-03-05', 'salle des fêtes, place du Marché'],
      ['Soirée des talents locaux', '2031-03-06', '2031-03-06', 'théâtre municipal, 3 rue Haute']
    ])
  })

  it('reads a date after an opening word or two (`Luego, el martes 14 de mayo`, `Y el jueves 16 de mayo`)', () => {
    const page = [
      'Agenda cultural de la semana.',
      '',
      'Luego, el martes 14 de mayo a las 19:00 en el Salón de Actos, calle Mayor 3, tendrá lugar la Presentación del libro de poemas. La entrada es libre hasta completar el aforo.',
      '',
      'Y después, el jueves 16 de mayo a las 18:00 en la Sala Goya, plaza Nueva 1, se celebrará el Encuentro de coros escolares. Participan seis colegios de la comarca.'
    ]
    expect(read(page, 2031)).toEqual([
      ['Presentación del libro de poemas', '2031-05-14', '2031-05-14', 'Salón de Actos, calle Mayor 3'],
      ['Encuentro de coros escolares', '2031-05-16', '2031-05-16', 'Sala Goya, plaza Nueva 1']
    ])
  })

  it('takes the last comma part as the title when no verb of taking place is there', () => {
    expect(splitEventSentence(' in the Blue Room, 7 Bank Street, Memories of the harbour.')).toEqual({ title: 'Memories of the harbour', place: 'Blue Room, 7 Bank Street' })
  })

  it('leaves pages of short event lines to the other readers', () => {
    const records = read(['Events 2031', '', 'Tuesday 14 October – Lecture on tides – Lecture Theatre', 'Thursday 16 October – Open Day – Main Hall'])
    expect(records.map((r) => r[1])).toEqual(['2031-10-14', '2031-10-16'])
  })
})

describe('a year named in the text, confirmed by the weekdays', () => {
  const paragraph = (weekday: string, day: number, series = 'the lecture series') =>
    `${weekday} ${day} October at 6 pm in the Lecture Theatre, 12 Quay Street, there will be the lecture of the week. It is part of ${series}.`
  const page = (series: string) => ['Lectures at the Riverside Institute.', '', paragraph('Tuesday', 14, series), '', paragraph('Thursday', 16)]

  it('dates the page with the one year its text names when every weekday falls right in that year', () => {
    // 14 October 2031 is a Tuesday.
    expect(read(page('the 2031 lecture series')).map((r) => r[1])).toEqual(['2031-10-14', '2031-10-16'])
    expect(parseListingText(page('the 2031 lecture series').join('\n')).records[0]!.warnings.join(' ')).toMatch(/2031 \(named in the text; its weekdays agree\)/)
  })

  it('gives no year when the weekdays disagree with the year named, or when several years are named', () => {
    // In 2030, 14 October is a Monday.
    expect(read(page('the 2030 lecture series')).map((r) => r[1])).toEqual([null, null])
    expect(read(page('the 2030 and 2031 lecture series')).map((r) => r[1])).toEqual([null, null])
  })
})
