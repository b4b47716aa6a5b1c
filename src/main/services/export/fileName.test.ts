import { describe, expect, it } from 'vitest'
import { exportFileName } from './fileName'

describe('exportFileName', () => {
  const day = new Date(2025, 2, 4, 23, 30)

  it('suggests curate-export-YYYY-MM-DD with the format extension', () => {
    expect(exportFileName('csv', undefined, day)).toBe('curate-export-2025-03-04.csv')
    expect(exportFileName('json', undefined, day)).toBe('curate-export-2025-03-04.json')
    expect(exportFileName('jsonld', undefined, day)).toBe('curate-export-2025-03-04.jsonld')
    expect(exportFileName('ics', undefined, day)).toBe('curate-export-2025-03-04.ics')
    expect(exportFileName('sqlite', undefined, day)).toBe('curate-export-2025-03-04.sqlite')
  })

  it('uses a given base, made safe for file names', () => {
    expect(exportFileName('csv', 'Seminars 2019/2020: "final"', day)).toBe('Seminars 2019-2020- -final-2025-03-04.csv')
    expect(exportFileName('csv', '   ', day)).toBe('curate-export-2025-03-04.csv')
  })

  it('defaults to today', () => {
    expect(exportFileName('csv')).toMatch(/^curate-export-\d{4}-\d{2}-\d{2}\.csv$/)
  })
})
