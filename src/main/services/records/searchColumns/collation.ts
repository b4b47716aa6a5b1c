/**
 * SQLite's BINARY and NOCASE orders, in JavaScript, for values sorted outside SQLite. Both
 * compare UTF-8 bytes, which is code point order; JavaScript's `<` compares UTF-16 code units,
 * which puts U+E000–U+FFFF after the astral characters. NOCASE folds ASCII letters only.
 */

/** A UTF-16 code unit moved so that unit order equals code point order. */
function unitInCodePointOrder(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800
  if (unit >= 0xd800 && unit < 0xe000) return unit + 0x2000
  return unit
}

function compareBy(a: string, b: string, fold: boolean): number {
  const length = Math.min(a.length, b.length)
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i)
    let y = b.charCodeAt(i)
    if (x === y) continue
    if (fold) {
      if (x >= 65 && x <= 90) x += 32
      if (y >= 65 && y <= 90) y += 32
      if (x === y) continue
    }
    return unitInCodePointOrder(x) - unitInCodePointOrder(y)
  }
  return a.length - b.length
}

/** SQLite's BINARY collation: negative, zero or positive. */
export const compareBinary = (a: string, b: string): number => compareBy(a, b, false)

/** SQLite's NOCASE collation: ASCII letters compare equal to their lower case. */
export const compareNoCase = (a: string, b: string): number => compareBy(a, b, true)
