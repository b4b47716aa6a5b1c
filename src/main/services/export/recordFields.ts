/**
 * Every EventRecord field, in the order of the shared type. The list lives in the shared export
 * contract (the renderer offers it as CSV columns and main validates against it); its compile-time
 * completeness check is there too, so RecordField is exactly keyof EventRecord.
 */
export { EXPORT_COLUMNS as RECORD_FIELDS, type ExportColumn as RecordField } from '../../../shared/contracts/export'
