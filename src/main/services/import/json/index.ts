export { parseRecordsJson, jsonSteps } from './parse-json'
export { eventRecordSchema, SUPPORTED_VERSION } from './schema'
export { findJsonSyntaxProblem } from './syntax'
