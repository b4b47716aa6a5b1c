import type { EventRecord } from '../../../shared/record'

/**
 * Every EventRecord field, in the order of the shared type. `satisfies` plus the exhaustiveness
 * check below make the compiler complain here when someone adds a field to EventRecord.
 */
export const RECORD_FIELDS = [
  'id',
  'uid',
  'title',
  'startDate',
  'endDate',
  'dateText',
  'place',
  'city',
  'country',
  'countryCode',
  'notes',
  'tags',
  'status',
  'warnings',
  'confidence',
  'batchId',
  'sourceFile',
  'sourceLine',
  'sourceText',
  'mergedInto',
  'deletedAt',
  'createdAt',
  'updatedAt',
  'version'
] as const satisfies readonly (keyof EventRecord)[]

type Missing = Exclude<keyof EventRecord, (typeof RECORD_FIELDS)[number]>
// If this line fails to compile, add the missing field(s) named in the error to RECORD_FIELDS.
export const RECORD_FIELDS_ARE_COMPLETE: Missing extends never ? true : Missing = true
