import { readFileSync } from 'node:fs'
import type { DedupeRecord } from '../src/main/services/dedupe/types'
import { parseDateText } from '../src/main/services/import/dates'
import { fixturePath } from './fixtures'

/**
 * The cross-source development set as records, built straight from its text so the model can
 * be tested on all 26 second-source entries whatever the date reader reads today. Titles and
 * places are the lines as written; the reference's dates go through the real date reader with
 * the year its hint gives (2011). The second source's dates are read by hand below, because
 * several forms (CJK, Cyrillic, `28-31 października`) are still being taught to the reader;
 * a date written without its year is given as ISO 8601's day-month form `--MM-DD`.
 */
const SECOND_SOURCE_DATES: Readonly<Record<number, [string, string] | null>> = {
  1: ['2011-02-14', '2011-02-20'],
  8: ['--02-14', '--02-20'],
  15: ['--02-28', '--03-06'],
  22: ['--02-21', '--02-26'],
  // `sábado, dia 5`: no month in the text.
  29: null,
  36: ['2011-02-07', '2011-02-13'],
  43: ['2011-04-18', '2011-04-24'],
  50: ['2010-04-16', '2010-04-24'],
  57: ['2011-04-23', '2011-05-01'],
  64: ['--04-23', '--04-23'],
  71: ['--04-30', '--05-06'],
  78: ['2011-05-01', '2011-05-08'],
  85: ['--05-07', '--05-15'],
  92: ['--06-04', '--06-12'],
  99: ['--06-06', '--06-12'],
  106: ['--07-25', '--07-31'],
  113: ['--09-14', '--09-22'],
  120: ['--09-17', '--09-25'],
  127: ['--09-17', '--09-17'],
  134: ['--10-03', '--10-03'],
  141: ['2011-10-20', '2011-10-20'],
  148: ['2022-01-30', '2022-02-06'],
  155: ['2011-10-24', '2011-10-30'],
  162: ['2010-10-25', '2010-10-31'],
  169: ['2011-11-07', '2011-11-13'],
  176: ['--11-20', '--11-27']
}

/** Blocks of title / blank / date / blank / place: the title line number (1-based) and the three lines. */
function blocks(file: string): { line: number; title: string; date: string; place: string }[] {
  const lines = readFileSync(fixturePath('cross-source', file), 'utf8').split('\n')
  const out: { line: number; title: string; date: string; place: string }[] = []
  for (let i = 0; i + 4 < lines.length; i += 7) out.push({ line: i + 1, title: lines[i]!, date: lines[i + 2]!, place: lines[i + 4]! })
  return out
}

export interface CrossSourceSet {
  records: DedupeRecord[]
  /** True pairs as record ids, smaller first. */
  truePairs: [number, number][]
}

/** Reference records take ids 1000 + line, second-source records 2000 + line. */
export function crossSourceSet(): CrossSourceSet {
  const reference = blocks('reference.txt').map((block): DedupeRecord => {
    const reading = parseDateText(block.date, { year: 2011 })
    return { id: 1000 + block.line, title: block.title, startDate: reading?.startDate ?? null, endDate: reading?.endDate ?? null, place: block.place, city: null, country: null, countryCode: null }
  })
  const second = blocks('second-source.txt').map((block): DedupeRecord => {
    const dates = SECOND_SOURCE_DATES[block.line]
    if (dates === undefined) throw new Error(`no hand reading for second-source line ${block.line}`)
    return { id: 2000 + block.line, title: block.title, startDate: dates?.[0] ?? null, endDate: dates?.[1] ?? null, dateText: block.date, place: block.place, city: null, country: null, countryCode: null }
  })
  const pairs = JSON.parse(readFileSync(fixturePath('cross-source', 'pairs.json'), 'utf8')) as { secondSourceLine: number; referenceLine: number | null }[]
  const truePairs = pairs.flatMap((pair): [number, number][] => (pair.referenceLine === null ? [] : [[1000 + pair.referenceLine, 2000 + pair.secondSourceLine]]))
  return { records: [...reference, ...second], truePairs }
}
