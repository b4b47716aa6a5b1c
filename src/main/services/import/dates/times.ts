/**
 * Times of day beside a date (`14:00-16:00`, `2 pm`, `14h30`, `10.00 Uhr`, `at 9:30`).
 * The record keeps the date; the time is reported so the caller can note it.
 */

/** A clock time: needs a colon/h/dot with minutes, or am/pm/Uhr, so a bare day number is never a time. */
const CLOCK = String.raw`(\d{1,2})(?:(?:[:h]|\.(?=\d\d))(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|h(?!\d)|uhr)?`
const TIME_RANGE = new RegExp(
  String.raw`^[\s,;|(]*(?:(?:at|from|à|de|um|von|alle|dalle|om|van|às|a las)\s+)?${CLOCK}(?:\s*(?:[-–—]|to|à|bis|a|tot|alle|al)\s*${CLOCK})?\s*\)?`,
  'i'
)

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
  const match = TIME_RANGE.exec(text)
  if (match === null) return null
  const [, h1, m1, s1, h2, m2, s2] = match
  if (h1 === undefined) return null
  // "3" alone is not a time; "3 pm", "14:00", "14h" are.
  const firstIsClock = m1 !== undefined || s1 !== undefined
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
