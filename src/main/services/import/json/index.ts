export { parseRecordsJson, jsonSteps } from './parseJson'
export { eventRecordSchema, SUPPORTED_VERSION } from './schema'
export { findJsonSyntaxProblem } from './syntax'
