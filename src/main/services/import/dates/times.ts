/**
 * Times of day beside a date (`14:00-16:00`, `2 pm`, `14h30`, `10.00 Uhr`, `at 9:30`).
 * The record keeps the date; the time is reported so the caller can note it.
 */

/**
 * A clock time: needs a colon/h/dot with minutes (`14:00`, `14h30`, `15 h 15`, `16.00`), or
 * am/pm/h/Uhr/uur, or "ore" before it (`alle ore 15`), so a bare day number is never a time.
 */
const CLOCK = String.raw`(\d{1,2})(?:(?::|\s?h\s?(?=\d\d)|\.(?=\d\d))(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|hs(?!\p{L})|h(?!\d)|uhr|uur|hrs?(?!\p{L}))?`
const TIME_RANGE = new RegExp(
  String.raw`^[\s,;|(>@]*(?:(?:at|from|à partir de|a partir de|à|de|um|ab|von|vanaf|(alle ore|ore)|alle|dalle|om|van|às|a las|desde las|kl\.?|klo|godz\.?|в|saat)\s+)?${CLOCK}(?:\s*(?:[-–—~～]|to|à|bis|a|tot|alle|al)\s*${CLOCK})?\s*\)?`,
  'iu'
)
/** Japanese and Korean clock times: `午前10時30分`, `午後1時`, `오후 2시 30분`. */
const CJK_TIME = /^[\s,、]*(午前|午後|오전|오후)?\s?(\d{1,2})\s?[時시](?:\s?(\d{1,2})\s?[分분]|(半))?/u

interface Clock {
  hour: number
  minute: number
}

function toClock(hourText: string, minuteText: string | undefined, suffix: string | undefined): Clock | null {
  let hour = Number(hourText)
  const minute = minuteText === undefined ? 0 : Number(minuteText)
  const meridiem = suffix?.toLowerCase().replace(/\./g, '')
  if (meridiem === 'pm' && hour < 12) hour += 12
  if (meridiem === 'am' && hour === 12) hour = 0
  if (hour > 23 || minute > 59) return null
  return { hour, minute }
}

function format(clock: Clock): string {
  return `${String(clock.hour).padStart(2, '0')}:${String(clock.minute).padStart(2, '0')}`
}

/** A time at the very start of `text` (after a comma or "at"); null when there is none. */
export function readTimeAt(text: string): { time: string; length: number } | null {
  const cjk = CJK_TIME.exec(text)
  if (cjk !== null) return readCjkTime(cjk)
  const match = TIME_RANGE.exec(text)
  if (match === null) return null
  const [, hours, h1, m1, s1, h2, m2, s2] = match
  if (h1 === undefined) return null
  // "3" alone is not a time; "3 pm", "14:00", "14h", "ore 15" are.
  const firstIsClock = m1 !== undefined || s1 !== undefined || hours !== undefined
  const secondIsClock = h2 !== undefined && (m2 !== undefined || s2 !== undefined)
  if (!firstIsClock && !secondIsClock) return null
  // "2-4 pm": the suffix of the end applies to the start as well.
  const start = toClock(h1, m1, s1 ?? (m1 === undefined ? s2 : undefined))
  if (start === null) return null
  if (h2 === undefined) return { time: format(start), length: match[0].trimEnd().length }
  const end = toClock(h2, m2, s2)
  if (end === null) return null
  return { time: `${format(start)}–${format(end)}`, length: match[0].trimEnd().length }
}

function readCjkTime(match: RegExpExecArray): { time: string; length: number } | null {
  const [whole, half, hourText, minuteText, halfHour] = match
  let hour = Number(hourText)
  if ((half === '午後' || half === '오후') && hour < 12) hour += 12
  const minute = halfHour !== undefined ? 30 : minuteText === undefined ? 0 : Number(minuteText)
  if (hour > 23 || minute > 59) return null
  return { time: format({ hour, minute }), length: whole.trimEnd().length }
}

/** What may follow a time on a line of its own: a unit, "start", an end bracket, punctuation. */
const AFTER_TIME = /^[\s.,;:)\]–—-]*(?:uhr|uur|hs|horas|heures|ore|o'?clock|start|begin|beginn|début|inicio|h)?[\s.,;:)\]]*$/iu

/**
 * True when `text` is nothing but a time or a time range (`18:00–19:30`, `21 hs`, `19 Uhr`,
 * `14–17 Uhr`, `4pm`, `오후 7시`): such a line or field gives the event's hour, never its title or place.
 */
export function isTimeOnly(text: string): boolean {
  const trimmed = text.trim()
  if (trimmed === '' || trimmed.length > 40) return false
  const time = readTimeAt(trimmed)
  if (time === null) return false
  return AFTER_TIME.test(trimmed.slice(time.length))
}
