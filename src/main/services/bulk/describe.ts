import type { BulkField, BulkRule } from '../../../shared/contracts/bulk'

const FIELD_NAMES: Record<BulkField | 'allText', string> = {
  title: 'title',
  startDate: 'start date',
  endDate: 'end date',
  dateText: 'date text',
  place: 'place',
  city: 'city',
  country: 'country',
  countryCode: 'country code',
  notes: 'notes',
  allText: 'all text fields'
}

const short = (text: string, max = 40): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text)
const quoted = (text: string): string => `“${short(text)}”`
const records = (n: number): string => `${n.toLocaleString('en')} record${n === 1 ? '' : 's'}`
const list = (tags: readonly string[]): string => tags.map(quoted).join(', ')

/** The sentence the history shows: “Replaced “Montreal” with “Montréal” in city (312 records)”. */
export function describeRule(rule: BulkRule, count: number): string {
  return `${sentence(rule)} (${records(count)})`
}

/** The rule alone, without a count (a recipe step's description). */
export function sentence(rule: BulkRule): string {
  switch (rule.op) {
    case 'set':
      return rule.value === '' ? `Cleared ${FIELD_NAMES[rule.field]}` : `Set ${FIELD_NAMES[rule.field]} to ${quoted(rule.value)}`
    case 'clear':
      return `Cleared ${FIELD_NAMES[rule.field]}`
    case 'replace': {
      const find = rule.mode === 'regex' ? `/${short(rule.find)}/${rule.caseSensitive ? '' : 'i'}` : quoted(rule.find)
      const whole = rule.match === 'whole' ? 'whole values ' : ''
      return `Replaced ${whole}${find} with ${quoted(rule.replace)} in ${FIELD_NAMES[rule.field]}`
    }
    case 'transform': {
      const where = FIELD_NAMES[rule.field]
      switch (rule.transform) {
        case 'trim':
          return `Tidied spaces in ${where}`
        case 'titleCase':
          return `Title-cased ${where}`
        case 'upperCase':
          return `Upper-cased ${where}`
        case 'lowerCase':
          return `Lower-cased ${where}`
        case 'stripMarker':
          return `Removed ${rule.marker?.trim() ? quoted(rule.marker.trim()) : 'language markers'} from the end of ${where}`
      }
      break
    }
    case 'addTags':
      return `Added tag${rule.tags.length === 1 ? '' : 's'} ${list(rule.tags)}`
    case 'removeTags':
      return `Removed tag${rule.tags.length === 1 ? '' : 's'} ${list(rule.tags)}`
    case 'map':
      return `Mapped ${rule.entries.length} value${rule.entries.length === 1 ? '' : 's'} of ${FIELD_NAMES[rule.field]}`
    case 'shiftDates':
      return `Shifted dates by ${rule.days > 0 ? '+' : '−'}${Math.abs(rule.days)} day${Math.abs(rule.days) === 1 ? '' : 's'}`
    case 'setYear':
      return `Set the year to ${rule.year}`
    case 'trash':
      return 'Moved to the trash'
  }
}
