import { describe, expect, it } from 'vitest'
import { parseListingText } from './index'
import { cleanLine } from './clean'
import { leadingDays } from './dayOnly'
import { readFrontMatter } from './frontMatter'
import { tidyPlace, tidyTitle } from './tidyFields'

const read = (lines: string[], year?: number) =>
  parseListingText(lines.join('\n'), year === undefined ? {} : { year }).records.map((r) => ({ title: r.title, start: r.startDate, end: r.endDate, place: r.place }))

describe('page context: what a page says once for the lines under it', () => {
  it('takes the year from front matter and the month from Markdown headings, and reads day-only lines under them', () => {
    const records = read([
      '---',
      'title: 2019 travel',
      'date: 2018-05-25 03:30:00',
      '---',
      '',
      '### January',
      '',
      '8-10 &bull; Moscow, Russia &bull; [New Frontiers in Representation Theory](https://example.org/a)',
      '',
      '31-1 &bull; Minneapolis, MN &bull; University of Minnesota',
      '',
      '### March',
      '',
      '10-15 &bull; Banff, Alberta, Canada &bull; [BIRS Workshop](https://example.org/b)'
    ])
    expect(records).toEqual([
      { title: 'New Frontiers in Representation Theory', start: '2019-01-08', end: '2019-01-10', place: 'Moscow, Russia' },
      { title: 'University of Minnesota', start: '2019-01-31', end: '2019-02-01', place: 'Minneapolis, MN' },
      { title: 'BIRS Workshop', start: '2019-03-10', end: '2019-03-15', place: 'Banff, Alberta, Canada' }
    ])
  })

  it('rolls the year over when the month headings go from December to January', () => {
    const records = read(['Seminars 2019', '', '## December', '', '12 - Oslo (Norway) - Winter seminar', '', '## January', '', '9 - Bergen (Norway) - New year seminar'])
    expect(records.map((r) => r.start)).toEqual(['2019-12-12', '2020-01-09'])
  })

  it('reads an era year and month in a heading over day headings in reverse order', () => {
    const records = read(['市長の一日(平成31年4月)', '', '29日(月曜日)', '', '午前10時30分、市内での茶会', '', '26日(金曜日)', '', 'いずれも市内で', '午後1時30分、自治会長集会'])
    expect(records).toEqual([
      { title: '茶会', start: '2019-04-29', end: '2019-04-29', place: '市内' },
      { title: '自治会長集会', start: '2019-04-26', end: '2019-04-26', place: '市内' }
    ])
  })

  it('gives no date and says the year is unknown on a page with no year anywhere, and takes --year when given', () => {
    const page = ['Agenda', '', 'Sábado, dia 23 de Novembro', '', '18:00 – Concerto da OBM – Teatro Municipal Baltazar Dias']
    const unknown = parseListingText(page.join('\n'))
    expect(unknown.records[0]).toMatchObject({ title: 'Concerto da OBM', startDate: null, endDate: null })
    expect(unknown.records[0]!.warnings.join(' ')).toMatch(/no year/)
    expect(read(page, 2019)[0]).toMatchObject({ start: '2019-11-23', place: 'Teatro Municipal Baltazar Dias' })
  })

  it('never takes a year from inside an event name lower down the page', () => {
    const records = read(['Agenda 2019', '', '22日(月曜日)', '', '午前9時、庁内会議', '4時、「2020サザンセト・ロングライド」実行委員会', '', '21日(日曜日)', '', '午前9時、剣道大会'].map((l) => l.replace('22日', '4月22日')))
    expect(records.map((r) => r.start)).toEqual(['2019-04-22', '2019-04-22', '2019-04-21'])
  })
})

describe('layouts found by the reader', () => {
  it('reads a day heading over timed items, with a venue line for the items under it', () => {
    const records = read([
      'Agenda da semana, de 23 a 29 de Novembro',
      '',
      'Sábado, dia 23',
      '',
      '14h30 - 4º Encontro GelAvista – Sala da Assembleia da Câmara Municipal',
      '',
      'Festival de Bandolins da Madeira – Teatro Municipal Baltazar Dias',
      '',
      '18:00 – 34º Encontro Regional de Tunas',
      '19:30 – Concerto da OBM',
      '',
      'Domingo, dia 24',
      '',
      '17:00 – Encontro de Tunas'
    ], 2019)
    expect(records).toEqual([
      { title: '4º Encontro GelAvista', start: '2019-11-23', end: '2019-11-23', place: 'Sala da Assembleia da Câmara Municipal' },
      { title: '34º Encontro Regional de Tunas', start: '2019-11-23', end: '2019-11-23', place: 'Teatro Municipal Baltazar Dias' },
      { title: 'Concerto da OBM', start: '2019-11-23', end: '2019-11-23', place: 'Teatro Municipal Baltazar Dias' },
      { title: 'Encontro de Tunas', start: '2019-11-24', end: '2019-11-24', place: null }
    ])
  })

  it('reads committee lines that give their time after their name', () => {
    const records = read(['dinsdag 14 september 1999', '', 'Onderwijs, Cultuur en Wetenschappen: 16.00 tot ca. 17.00 uur Thorbeckezaal', 'Landbouw, Natuurbeheer en Visserij: 16.00 uur - Suze Groenewegzaal'])
    expect(records).toEqual([
      { title: 'Onderwijs, Cultuur en Wetenschappen', start: '1999-09-14', end: '1999-09-14', place: 'Thorbeckezaal' },
      { title: 'Landbouw, Natuurbeheer en Visserij', start: '1999-09-14', end: '1999-09-14', place: 'Suze Groenewegzaal' }
    ])
  })

  it('reads date-first lines with a heading glued to the first one, and list items that inherit the day', () => {
    const records = read([
      'JANVIER 2019 BRASILIA (Brésil) - Jair Bolsonaro entame son mandat',
      '',
      '1 - RIO DE JANEIRO (Brésil) - Suite de la visite de Benjamin Netanyahu',
      '',
      '- PYONGYANG (Corée du Nord) - Discours du Nouvel An',
      '',
      '7 - LYON (France) - Procès du cardinal (jusqu\'au 9)'
    ])
    expect(records).toEqual([
      { title: 'Jair Bolsonaro entame son mandat', start: '2019-01', end: '2019-01', place: 'BRASILIA (Brésil)' },
      { title: 'Suite de la visite de Benjamin Netanyahu', start: '2019-01-01', end: '2019-01-01', place: 'RIO DE JANEIRO (Brésil)' },
      { title: 'Discours du Nouvel An', start: '2019-01-01', end: '2019-01-01', place: 'PYONGYANG (Corée du Nord)' },
      { title: 'Procès du cardinal', start: '2019-01-07', end: '2019-01-09', place: 'LYON (France)' }
    ])
  })

  it('reads a date-first block whose title is a link or a quotation on a later line', () => {
    const records = read(['2019', '', '10-13 stycznia, Tokio, Japonia –', '[IC4E 2019](http://www.ic4e.net/)', '', '24 lutego – 1 marca Los Angeles, USA – [Los Angeles UX Conference](https://example.org)'])
    expect(records).toEqual([
      { title: 'IC4E 2019', start: '2019-01-10', end: '2019-01-13', place: 'Tokio, Japonia' },
      { title: 'Los Angeles UX Conference', start: '2019-02-24', end: '2019-03-01', place: 'Los Angeles, USA' }
    ])
  })
})

describe('a page flattened onto one line', () => {
  it('reads one event per date, each ending with its date', () => {
    const line = [
      'Calendar. After-Hours Programs SciCafe: The Milky Way Join Museum astrophysicist Jackie Faherty as she shares her work on the study of the universe. October 3, 2018',
      'Cultural Programs 2018 Margaret Mead Film Festival More than 40 ground-breaking, international, nonfiction films and media. October 18, 2018 - October 21, 2018',
      'Special Events Half-Earth Day Museum trustee E.O. Wilson leads this panel discussion on his visionary proposal. October 22, 2018'
    ].join(' ')
    expect(read([line]).map((r) => [r.start, r.end])).toEqual([
      ['2018-10-03', '2018-10-03'],
      ['2018-10-18', '2018-10-21'],
      ['2018-10-22', '2018-10-22']
    ])
  })

  it('never ends a card between two dates with only punctuation between them', () => {
    const line = [
      'Exhibitions Lost Gardens The greenhouse will stay open late during the festival week from June 2–June 9. Through March 3, 2032',
      'Talks Soil and Seed A botanist explains how old seeds are woken up again in the laboratory. May 6, 2031',
      'Family Days Bug Hunt Children search the museum garden for beetles, snails and spiders with our team. May 10, 2031'
    ].join(' ')
    expect(read([line]).map((r) => [r.start, r.end])).toEqual([
      [null, '2032-03-03'],
      ['2031-05-06', '2031-05-06'],
      ['2031-05-10', '2031-05-10']
    ])
  })
})

describe('records written as a name with labelled fields', () => {
  it('takes the date from a date label, never from a registration window, and rounds as one range', () => {
    const records = read([
      '## 2020년 10월 행사',
      '',
      '- __월간 코드 챌린지__',
      '  - 분류: `대회`',
      '  - 등록: 08. 27 14:00 ~ 11. 05. 18:00',
      '  - 첫 번째 대회: 09. 10. (목) 19:30 - 22:30',
      '  - 세 번째 대회: 11. 05. (목) 19:30 - 22:30',
      '- __OWASP SEOUL CONFERENCE 2020__',
      '  - 분류: `컨퍼런스`',
      '  - 등록: 10. 08. (목) 19:00',
      '- __AWSKRUG 모임__',
      '  - 일시: 10. 08 (목) 19:00',
      '  - 장소: 서울',
      '- __Forum on cities__',
      '  - Where: Lyon, France',
      '  - When: 14 October'
    ])
    expect(records).toEqual([
      { title: '월간 코드 챌린지', start: '2020-09-10', end: '2020-11-05', place: null },
      { title: 'OWASP SEOUL CONFERENCE 2020', start: null, end: null, place: null },
      { title: 'AWSKRUG 모임', start: '2020-10-08', end: '2020-10-08', place: '서울' },
      { title: 'Forum on cities', start: '2020-10-14', end: '2020-10-14', place: 'Lyon, France' }
    ])
  })

  it('takes a plain line as the name when a date or place label follows it at once, full-width colons included', () => {
    const records = read([
      '2019年学术会议信息',
      '',
      '第十届全国档案学术研讨会',
      '时间：2019年3月15日—17日',
      '地点：上海国际会议中心',
      '',
      '全国地方志工作会议',
      '时间：2019年11月20-22日',
      '地点：广州',
      '',
      '（以上信息仅供参考）'
    ])
    expect(records).toEqual([
      { title: '第十届全国档案学术研讨会', start: '2019-03-15', end: '2019-03-17', place: '上海国际会议中心' },
      { title: '全国地方志工作会议', start: '2019-11-20', end: '2019-11-22', place: '广州' }
    ])
  })
})

describe('the pieces', () => {
  it('cleans Markdown and HTML from a line and says what the markup meant', () => {
    expect(cleanLine('### May')).toMatchObject({ text: 'May', heading: true })
    expect(cleanLine('## **Styczeń**')).toMatchObject({ text: 'Styczeń', heading: true })
    expect(cleanLine('- PARIS - meeting')).toMatchObject({ text: 'PARIS - meeting', bullet: true })
    expect(cleanLine('[IC4E 2019](http://www.ic4e.net/) –')).toMatchObject({ text: 'IC4E 2019 –', named: true })
    expect(cleanLine('8-10 &bull;').text).toBe('8-10 •')
    expect(cleanLine('<!--more-->')).toMatchObject({ text: '', noise: true })
    expect(cleanLine('_______________________')).toMatchObject({ text: '', noise: true })
    expect(cleanLine('<a href="https://x.org/">Summer School "Modern Mathematics"</a>').text).toBe('Summer School "Modern Mathematics"')
  })

  it('reads a front matter title, never its date', () => {
    expect(readFrontMatter(['---', 'title: "Konferencje 2019"', 'date: "2019-01-03"', '---', 'text'])).toEqual({ lastLine: 3, title: 'Konferencje 2019' })
    expect(readFrontMatter(['Just text', '---'])).toBeNull()
  })

  it('reads a day at the start of a line, never a time, an amount or an ordinal before a word', () => {
    expect(leadingDays('8-10 •')).toMatchObject({ start: { day: 8 }, end: { day: 10 } })
    expect(leadingDays('1 - RIO DE JANEIRO')).toMatchObject({ start: { day: 1 } })
    expect(leadingDays('29日(月曜日)')).toMatchObject({ start: { day: 29 } })
    for (const notADay of ['18h. « George Sand »', '16.00 uur', '1st ICC expert visit', '4th European Seminar', '40 ans de la ville', '3 days of talks', '45 - 50']) {
      expect(leadingDays(notADay), notADay).toBeNull()
    }
  })

  it('takes a quoted title from its quotes, and the time and remarks off a title', () => {
    expect(tidyTitle('18h. « George Sand, femme de passions », par P. CASANOVA, professeur')).toBe('George Sand, femme de passions')
    expect(tidyTitle('20:00 h. Concierto de Asina Önde')).toBe('Concierto de Asina Önde')
    expect(tidyTitle('Semaine de la mode masculine (jusqu\'au 7)')).toBe('Semaine de la mode masculine')
    expect(tidyTitle('17. Europäisches Festival des Debütromans')).toBe('17. Europäisches Festival des Debütromans')
    expect(tidyTitle('2013 Ansan summit')).toBe('2013 Ansan summit')
    expect(tidyPlace('A Brignoles, auditorium Primo Levi')).toBe('Brignoles, auditorium Primo Levi')
    expect(tidyPlace('A Conference Room')).toBe('A Conference Room')
  })
})

describe('a leading day with an until-phrase later on the line', () => {
  it('reads the until-phrase as the end of the range that starts on the leading day', () => {
    const records = read(['MARS 2022 OSLO (Norvège) - Ouverture du sommet', '', '12 - GENÈVE (Suisse) - Salon des inventions (jusqu\'au 15)', '', '28 - Gent (Belgique) - Foire du livre (jusqu\'au 2)', '', '30 - Oslo (Norvège) - Sommet nordique'])
    expect(records.map((r) => [r.title, r.start, r.end])).toEqual([
      ['Ouverture du sommet', '2022-03', '2022-03'],
      ['Salon des inventions', '2022-03-12', '2022-03-15'],
      ['Foire du livre', '2022-03-28', '2022-04-02'],
      ['Sommet nordique', '2022-03-30', '2022-03-30']
    ])
  })
})

describe('timed items under a day heading', () => {
  it('reads a capitalised range of times (`De 10:00 a 12:00h.`) as the item\'s time, and a coordinate is never a time', () => {
    const page = [
      'Programa 2031',
      '',
      '3 y 4 de marzo',
      'De 10:00 a 12:00h. Taller de encuadernación. Sala Azul',
      '',
      '5 de marzo',
      'Coordenadas: 41.38, 2.17',
      '18:30 h. Recital de poesía. Sala Verde'
    ]
    expect(read(page)).toEqual([
      { title: 'Taller de encuadernación', start: '2031-03-03', end: '2031-03-04', place: 'Sala Azul' },
      { title: 'Recital de poesía', start: '2031-03-05', end: '2031-03-05', place: 'Sala Verde' }
    ])
  })

  it('reads a heading under the day as an event when its first line says the day again with a time', () => {
    const page = [
      'Tuesday 9 March 2032',
      '',
      'PLENARY SITTING',
      '',
      'The sitting opens on Tuesday 9 March at 10.30 with questions to ministers.',
      '',
      'COMMITTEE MEETINGS',
      '',
      'Finance: 14.00 - Room 4',
      'Transport: 15.30 - Room 2'
    ]
    expect(read(page)).toEqual([
      { title: 'PLENARY SITTING', start: '2032-03-09', end: '2032-03-09', place: null },
      { title: 'Finance', start: '2032-03-09', end: '2032-03-09', place: 'Room 4' },
      { title: 'Transport', start: '2032-03-09', end: '2032-03-09', place: 'Room 2' }
    ])
  })

  it('takes the venue from the first sentence of a line that goes on with remarks', () => {
    const page = ['Agenda 2031', '', 'Jeudi 13 mars', '> 18h. « Les abeilles sauvages », par J. MARTIN.', 'A Hyères, salle Blanche, avenue des Pins. Réservation conseillée : 04 00 00 00 00.']
    expect(read(page)).toEqual([{ title: 'Les abeilles sauvages', start: '2031-03-13', end: '2031-03-13', place: 'Hyères, salle Blanche, avenue des Pins' }])
  })
})
