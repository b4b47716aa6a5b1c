/**
 * Thrown when options.onProgress asks to stop. The text importer owns the class (a
 * ParseError subclass); re-exported here so every importer throws the same one.
 */
export { CancelledError } from '../text'
