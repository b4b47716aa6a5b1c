/**
 * 0003: saved export profiles (format, columns, scope and options under a name) for repeated exports.
 * Append-only: never edit a migration that has shipped; add the next number instead.
 */
export const sql = /* sql */ `
-- settings: JSON of ProfileSettings (src/shared/contracts/export.ts), validated on read and write.
CREATE TABLE export_profiles (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  settings   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`
