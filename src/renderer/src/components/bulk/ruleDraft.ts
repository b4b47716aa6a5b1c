import { FIELD_LABELS as RECORD_FIELD_LABELS } from '../../../../shared/fieldLabels'
import { BULK_FIELDS, BulkRuleSchema, type BulkField, type BulkOp, type BulkRule, type TransformName } from '../../../../shared/contracts/bulk'

/** What the dialog's form holds while the archivist fills it in; turned into a rule by `ruleFrom`. */
export interface RuleDraft {
  op: BulkOp
  field: BulkField | 'allText'
  value: string
  find: string
  replace: string
  regex: boolean
  caseSensitive: boolean
  whole: boolean
  transform: TransformName
  marker: string
  tags: string
  entries: { from: string; to: string; code: string }[]
  days: string
  year: string
}

export const emptyDraft = (): RuleDraft => ({
  op: 'replace',
  field: 'city',
  value: '',
  find: '',
  replace: '',
  regex: false,
  caseSensitive: false,
  whole: false,
  transform: 'trim',
  marker: '',
  tags: '',
  entries: [{ from: '', to: '', code: '' }],
  days: '',
  year: ''
})

export const OPERATIONS: { op: BulkOp; label: string }[] = [
  { op: 'replace', label: 'Find and replace' },
  { op: 'transform', label: 'Clean up text' },
  { op: 'map', label: 'Map values' },
  { op: 'set', label: 'Set a field' },
  { op: 'clear', label: 'Clear a field' },
  { op: 'addTags', label: 'Add tags' },
  { op: 'removeTags', label: 'Remove tags' },
  { op: 'shiftDates', label: 'Shift dates' },
  { op: 'setYear', label: 'Set the year' },
  { op: 'trash', label: 'Move to trash' }
]

/** The bulk fields, named from the one catalogue of field labels. */
export const FIELD_LABELS: Record<BulkField | 'allText', string> = {
  allText: 'All text fields',
  ...pickLabels(BULK_FIELDS)
}

function pickLabels<K extends keyof typeof RECORD_FIELD_LABELS>(keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, RECORD_FIELD_LABELS[key]])) as Record<K, string>
}

export const TRANSFORM_LABELS: Record<TransformName, string> = {
  trim: 'Tidy spaces (trim, collapse runs)',
  titleCase: 'Title Case',
  upperCase: 'UPPER CASE',
  lowerCase: 'lower case',
  stripMarker: 'Remove a trailing marker such as [fr]'
}

/** Which fields an operation offers. */
export function fieldsFor(op: BulkOp): (BulkField | 'allText')[] {
  if (op === 'replace' || op === 'transform') return ['allText', ...BULK_FIELDS]
  if (op === 'set' || op === 'clear' || op === 'map') return [...BULK_FIELDS]
  return []
}

const splitTags = (text: string): string[] => text.split(',').map((t) => t.trim()).filter(Boolean)

/** The rule the draft describes, or a sentence saying what is still missing. */
export function ruleFrom(d: RuleDraft): BulkRule | string {
  const field = d.field === 'allText' ? 'title' : d.field
  let rule: unknown
  switch (d.op) {
    case 'set':
      rule = { op: 'set', field, value: d.value }
      break
    case 'clear':
      rule = { op: 'clear', field }
      break
    case 'replace':
      if (!d.find) return 'Type what to find.'
      rule = { op: 'replace', field: d.field, find: d.find, replace: d.replace, mode: d.regex ? 'regex' : 'literal', caseSensitive: d.caseSensitive, match: d.whole ? 'whole' : 'substring' }
      break
    case 'transform':
      rule = { op: 'transform', field: d.field, transform: d.transform, ...(d.transform === 'stripMarker' && d.marker.trim() ? { marker: d.marker.trim() } : {}) }
      break
    case 'addTags':
    case 'removeTags':
      if (splitTags(d.tags).length === 0) return 'Name at least one tag.'
      rule = { op: d.op, tags: splitTags(d.tags) }
      break
    case 'map': {
      const entries = d.entries
        .filter((e) => e.from.trim())
        .map((e) => ({ from: e.from, to: e.to.trim() || null, ...(field === 'country' && e.code.trim() ? { also: { countryCode: e.code.trim().toUpperCase() } } : {}) }))
      if (entries.length === 0) return 'Add at least one value to map.'
      rule = { op: 'map', field, caseSensitive: d.caseSensitive, entries }
      break
    }
    case 'shiftDates':
      if (!/^[+-]?\d+$/.test(d.days.trim()) || Number(d.days) === 0) return 'Give a number of days, such as 7 or -1.'
      rule = { op: 'shiftDates', days: Number(d.days) }
      break
    case 'setYear':
      if (!/^\d{4}$/.test(d.year.trim())) return 'Give a four-digit year.'
      rule = { op: 'setYear', year: Number(d.year) }
      break
    case 'trash':
      rule = { op: 'trash' }
  }
  const parsed = BulkRuleSchema.safeParse(rule)
  return parsed.success ? parsed.data : (parsed.error.issues[0]?.message ?? 'This rule is not complete.')
}
