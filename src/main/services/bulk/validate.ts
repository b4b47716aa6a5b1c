import { endNotBeforeStart, isIsoPartialDate } from '../../../shared/dates'
import { isKnownCountryCode } from '../../../shared/countries'
import { RecordPatchSchema, describeIssues } from '../../../shared/validation'
import type { BulkRow, Patch } from './rows'

const DATE_LABEL = { startDate: 'start date', endDate: 'end date' } as const

/**
 * Why a record would be invalid after `patch` (only what the patch touches is judged, so an
 * edit of the city is not refused over an old problem elsewhere), or null when it is fine.
 */
export function invalidReason(row: BulkRow, patch: Patch): string | null {
  if (patch.title !== undefined && !patch.title?.trim()) return 'the title would be empty'
  for (const field of ['startDate', 'endDate'] as const) {
    const value = patch[field]
    if (value && !isIsoPartialDate(value)) {
      return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)
        ? `the ${DATE_LABEL[field]} ${value} is not a real date`
        : `the ${DATE_LABEL[field]} “${value}” is not an ISO 8601 date such as 2015-10-29, 2015-10 or 2015`
    }
  }
  if (patch.startDate !== undefined || patch.endDate !== undefined) {
    const start = patch.startDate !== undefined ? patch.startDate : row.startDate
    const end = patch.endDate !== undefined ? patch.endDate : row.endDate
    if (start && end && isIsoPartialDate(start) && isIsoPartialDate(end) && !endNotBeforeStart(start, end)) {
      return `the end date ${end} would be before the start date ${start}`
    }
  }
  if (patch.countryCode && !isKnownCountryCode(patch.countryCode)) return `“${patch.countryCode}” is not a known ISO country code`
  // Lengths and the rest of the record rules, as a form edit would check them.
  const { status: _status, ...fields } = patch
  const checked = RecordPatchSchema.safeParse(fields)
  return checked.success ? null : describeIssues(checked.error.issues).message
}
