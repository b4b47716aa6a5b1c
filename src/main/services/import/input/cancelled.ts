/**
 * Thrown when options.onProgress asks to stop (a ParseError subclass). It lives beside the
 * step runner that throws it; re-exported here so every importer throws the same one.
 */
export { CancelledError } from '../steps'
