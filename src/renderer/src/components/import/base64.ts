/** Chunk size for String.fromCharCode: large enough to be quick, small enough for the argument limit. */
const CHUNK = 0x8000

/** A file's bytes as base64, for the contract (JSON cannot carry bytes). Handles files of tens of MB. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(String.fromCharCode(...bytes.subarray(i, i + CHUNK)))
  }
  return btoa(parts.join(''))
}
