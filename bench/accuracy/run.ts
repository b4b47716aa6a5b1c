/**
 * `npm run accuracy [-- --dir FOLDER] [-- --verbose]`: reads each annotated real listing and
 * prints, per file and in total, how many events got their dates, title, place and country right.
 * Without --dir it scores the repository's own set (test/fixtures/real-listings).
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fixturePath } from '../../test/fixtures'
import { scoreListings } from './listings'
import { scoreCrossSource } from './crossSource'
import { scoreWithProfiles } from './withProfiles'
import type { Tally } from './score'

const args = process.argv.slice(2)
const dirAt = args.indexOf('--dir')
const dir = dirAt >= 0 ? path.resolve(args[dirAt + 1] ?? '.') : fixturePath('real-listings')
const verbose = args.includes('--verbose')
const jsonOut = args.indexOf('--json')

const pct = (part: number, whole: number): string => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`)

function row(name: string, t: Tally): string {
  const cells = [
    name.padEnd(36),
    String(t.events).padStart(6),
    String(t.found).padStart(6),
    `${t.dates}`.padStart(6) + ` ${pct(t.dates, t.events).padStart(6)}`,
    String(t.title).padStart(6),
    String(t.place).padStart(6),
    String(t.country).padStart(7),
    `${t.full}`.padStart(5) + ` ${pct(t.full, t.events).padStart(6)}`,
    String(t.extra).padStart(6)
  ]
  return cells.join(' ')
}

const { files, total } = scoreListings(dir)
console.log(`Listings in ${path.relative(process.cwd(), dir) || dir}`)
console.log(['file'.padEnd(36), 'events', ' found', '        dates', ' title', ' place', 'country', '  fully right', ' extra'].join(' '))
for (const file of files) {
  console.log(row(file.name, file.tally) + (file.error ? `  (${file.error})` : ''))
  if (!verbose) continue
  for (const event of file.score.events) {
    if (event.full) continue
    const wrong = (['dates', 'title', 'place', 'country'] as const).filter((k) => !event[k]).join(',')
    const e = event.expected
    const r = event.read
    console.log(`    ✗ ${wrong}: expected ${e.start}..${e.end} | ${e.title} | ${e.place} | ${e.countryCode}`)
    console.log(`      read     ${r ? `${r.startDate}..${r.endDate} | ${r.title} | ${r.place} | ${r.countryCode}` : '(nothing)'}`)
  }
  for (const extra of file.score.extra) console.log(`    + extra: ${extra.startDate}..${extra.endDate} | ${extra.title} | ${extra.place}`)
}
console.log(row('TOTAL', total))
// Read again with each listing's profile (bench/accuracy/profiles), and a second page of each (half its records) with the profile its shape matched.
if (dirAt < 0) {
  const profiled = scoreWithProfiles(dir)
  console.log('')
  console.log('With profiles (at most 3 instructions each, bench/accuracy/profiles/):')
  console.log(['file'.padEnd(36), 'instr', '  dates as it comes', '  with profile', '  fully right as it comes', ' with profile', '  second page: dates, fully right, profile matched (likeness)'].join(' '))
  for (const file of profiled.files) {
    const second = file.second === null
      ? 'n/a (its records share lines)'
      : `${file.second.tally.dates}/${file.second.tally.events}, ${file.second.tally.full}/${file.second.tally.events}, ${file.second.matched === null ? `none (own ${file.second.ownScore.toFixed(2)})` : file.second.matched === file.name ? `own (${file.second.score.toFixed(2)})` : `${file.second.matched} (${file.second.score.toFixed(2)})`}`
    console.log([file.name.padEnd(36), String(file.instructions).padStart(5), `${file.plain.dates}/${file.plain.events}`.padStart(19), `${file.profiled.dates}/${file.profiled.events}`.padStart(14), `${file.plain.full}/${file.plain.events}`.padStart(25), `${file.profiled.full}/${file.profiled.events}`.padStart(13), ` ${second}`].join(' '))
  }
  const share = (t: Tally, key: 'dates' | 'full'): string => `${t[key]}/${t.events} (${pct(t[key], t.events)})`
  console.log(`TOTAL as it comes: dates ${share(profiled.plain, 'dates')}, fully right ${share(profiled.plain, 'full')}, extra ${profiled.plain.extra}`)
  console.log(`TOTAL with profiles: dates ${share(profiled.profiled, 'dates')}, fully right ${share(profiled.profiled, 'full')}, extra ${profiled.profiled.extra}`)
  console.log(`Second pages with the matched profile: dates ${share(profiled.second, 'dates')}, fully right ${share(profiled.second, 'full')}, extra ${profiled.second.extra}`)
}
// The team's written pages (not real data), in shapes and languages the real set lacks.
if (dirAt < 0) {
  const written = scoreListings(path.join(import.meta.dirname, 'written-pages'))
  console.log('')
  console.log('Written pages (bench/accuracy/written-pages, not real data)')
  for (const file of written.files) console.log(row(file.name, file.tally) + (file.error ? `  (${file.error})` : ''))
  console.log(row('TOTAL', written.total))
}
// Duplicates across sources: the cross-source set (a reference listing and second-source mentions).
const crossSource = dirAt >= 0 ? null : await scoreCrossSource()
if (crossSource !== null) {
  console.log('')
  console.log(`Duplicates across sources (test/fixtures/cross-source): ${crossSource.imported}/${crossSource.entries} second-source entries imported; ${crossSource.found}/${crossSource.allTruePairs} true pairs found (recall ${crossSource.recall.toFixed(2)}); ${crossSource.falsePairs.length} false pairs`)
}
if (jsonOut >= 0) {
  const out = args[jsonOut + 1] ?? 'accuracy.json'
  writeFileSync(out, JSON.stringify({ dir, total, files: files.map((f) => ({ name: f.name, ...f.tally, error: f.error })) }, null, 2))
}
