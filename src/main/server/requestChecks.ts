/** Checks on an API request's shape, made before anything reads its meaning. */

/** Deeper than any argument the contract describes (a few levels), shallow enough for every validator. */
export const MAX_JSON_DEPTH = 32

/** Only `application/json` (with parameters such as charset) is JSON; `application/jsonp` and friends are not. */
export function isJsonContentType(header: string | undefined): boolean {
  return (header ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json'
}

/**
 * The deepest nesting of arrays and objects in a JSON text, counted in one pass outside strings
 * and stopped as soon as it passes `limit`: a body of a million `[` is refused in linear time,
 * before JSON.parse and the validators walk it.
 */
export function nestingExceeds(text: string, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i++ // backslash: skip the escaped character
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true
    } else if (c === 93 || c === 125) depth--
  }
  return false
}

/** A request the server cannot read: answered 400 with this message, never a 500 and a stack trace. */
export class BadRequest extends Error {}

/** decodeURIComponent that throws BadRequest, naming the part, for a malformed escape (`%E0%A4%A`). */
export function decodeOrBadRequest(text: string, what: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    throw new BadRequest(`the ${what} holds a malformed percent-escape`)
  }
}
