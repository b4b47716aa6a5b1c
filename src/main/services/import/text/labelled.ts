/**
 * Records written as a name followed by labelled fields, in any language:
 *
 *   - __AWSKRUG 데이터사이언스 온라인 모임__
 *     - 분류: `모임`
 *     - 일시: 10. 08 (목) 19:00
 *     - 장소: 온라인
 *
 * The label says what a value is: the event's date (일시, Date, Wann, Fecha…), its place (장소,
 * Lieu, Ort…), or a registration window (접수, 등록, Anmeldung…), which is never the event's date.
 * Dated lines under other labels (contest rounds: `첫 번째 대회: 09. 10.`) together give the range
 * from the first to the last when no date label does.
 */

import type { DateParts } from '../dates'
import type { LineInfo } from './lines'
import { record, skip, type Item, type RecordDraft } from './draft'

const LABELLED = /^([^:：]{1,24})\s*[:：]\s*(.*)$/
const DATE_LABELS = /^(?:dates?|when|date\(s\)|wann|datum|termin|fecha|fechas|data|date et heure|quand|période|period|periodo|período|zeitraum|start|begin|beginn|inicio|début|end|ende|fin|fim|일시|기간|일정|날짜|日時|期間|日程|開催日|開催期間|会期|日付|时间|日期|時間)$/i
const PLACE_LABELS = /^(?:where|place|venue|location|lieu|ort|lugar|luogo|local|locatie|plaats|sede|장소|場所|会場|地点|地點)$/i
const REGISTRATION_LABELS = /^(?:registration|register|deadline|anmeldung|anmeldeschluss|inscription|inscriptions|inscripción|iscrizione|inschrijving|call for papers|cfp|submission|접수|등록|신청|마감|申込|申し込み|締切|报名)$/i

interface Labelled {
  label: string
  value: string
  line: LineInfo
}

function labelledOf(line: LineInfo): Labelled | null {
  const match = LABELLED.exec(line.text)
  if (match === null) return null
  const label = (match[1] as string).replace(/[*_`]/g, '').trim()
  if (label === '' || /\d{1,2}$/.test(label) || label.split(/\s+/).length > 4) return null
  return { label, value: (match[2] as string).trim(), line }
}

interface Block {
  head: LineInfo
  fields: Labelled[]
}

/** A date or place label: the fields that make a line above them an event's name. */
function namesDateOrPlace(field: Labelled | null): boolean {
  return field !== null && (DATE_LABELS.test(field.label) || PLACE_LABELS.test(field.label))
}

function blocksOf(lines: LineInfo[], items: Item[]): Block[] {
  const blocks: Block[] = []
  let current: Block | null = null
  const filled = lines.filter((line) => line.text !== '')
  for (let i = 0; i < filled.length; i++) {
    const line = filled[i] as LineInfo
    const field = labelledOf(line)
    if (field !== null && current !== null) {
      current.fields.push(field)
      continue
    }
    const marked = line.bullet || line.named || line.raw.trimStart().startsWith('__') || line.raw.trimStart().startsWith('**')
    // A plain line is a name too when a date or place label follows it at once (`第十届…研讨会` / `时间：…`).
    const next = filled[i + 1]
    const namesWhatFollows = !line.heading && next !== undefined && next.no === line.no + 1 && namesDateOrPlace(labelledOf(next))
    if (field === null && (marked || namesWhatFollows)) {
      current = { head: line, fields: [] }
      blocks.push(current)
      continue
    }
    items.push(skip(line.no, line.text, line.heading ? 'heading' : 'not part of an event'))
    current = null
  }
  return blocks
}

/** Name-then-labels records: most blocks under a name carry two or more labelled lines. */
export function looksLabelled(lines: LineInfo[]): boolean {
  // Cheap test first: labelled lines must be common on the page.
  let labelled = 0
  let nonBlank = 0
  for (const line of lines) {
    if (line.text === '') continue
    nonBlank++
    if (line.text.length < 200 && (line.text.includes(':') || line.text.includes('：')) && LABELLED.test(line.text)) labelled++
  }
  if (labelled < 4 || labelled < nonBlank * 0.25) return false
  const blocks = blocksOf(lines, [])
  const withLabels = blocks.filter((b) => b.fields.length >= 2)
  const datedLabels = withLabels.filter((b) => b.fields.some((f) => DATE_LABELS.test(f.label) || f.line.dates.length > 0))
  return withLabels.length >= 2 && withLabels.length >= blocks.length * 0.6 && datedLabels.length >= withLabels.length * 0.5
}

function rangeOf(dates: DateParts[]): DateParts {
  const first = dates[0] as DateParts
  const last = dates[dates.length - 1] as DateParts
  if (dates.length === 1) return first
  return { start: first.start, end: last.end ?? last.start, index: first.index, length: first.length }
}

function draftOf(block: Block): { draft: RecordDraft; ignored: Labelled[] } {
  const dateFields = block.fields.filter((f) => DATE_LABELS.test(f.label) && f.line.dates.length > 0)
  const otherDated = block.fields.filter((f) => !DATE_LABELS.test(f.label) && !REGISTRATION_LABELS.test(f.label) && !PLACE_LABELS.test(f.label) && f.line.dates.length > 0)
  const chosen = dateFields.length > 0 ? dateFields : otherDated
  const dates = chosen.map((f) => f.line.dates[0] as DateParts)
  const date = dates.length > 0 ? rangeOf(dates) : null
  const place = block.fields.find((f) => PLACE_LABELS.test(f.label) && f.value !== '')
  const notes = block.fields.filter((f) => f !== place && !chosen.includes(f)).map((f) => `${f.label}: ${f.value}`)
  const lastLine = Math.max(block.head.no, ...block.fields.map((f) => f.line.no))
  const draft: RecordDraft = {
    titleLines: [block.head.text],
    date,
    dateText: chosen.length > 0 ? chosen.map((f) => f.value).join(' / ') : null,
    place: place?.value ?? null,
    dateLine: chosen[0]?.line.no ?? block.head.no,
    firstLine: block.head.no,
    lastLine,
    datesInTitle: 0,
    notes: notes.length > 0 ? notes : undefined
  }
  if (date === null && block.fields.some((f) => REGISTRATION_LABELS.test(f.label) && f.line.dates.length > 0)) {
    draft.warnings = ['only a registration date is given: it is not the event date']
  }
  return { draft, ignored: [] }
}

export function readLabelled(lines: LineInfo[]): Item[] {
  const items: Item[] = []
  for (const block of blocksOf(lines, items)) items.push(record(draftOf(block).draft))
  return items
}
