/**
 * 0006: source profiles for the listing reader. A profile is the archivist's instructions for
 * reading one source's pages (src/shared/readingInstructions.ts) with the shape of the page they
 * were taught on, so the next page of that shape is read the same way. An import batch names the
 * profile it was read with, so "from 3 earlier imports" counts imports that still stand.
 */
export const sql = /* sql */ `
-- instructions: JSON ReadingInstruction[]; shape: JSON PageShape (src/shared/contracts/profiles.ts).
-- AUTOINCREMENT: a deleted profile's id is never given to another, whose count of imports would then include its batches.
CREATE TABLE reading_profiles (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  instructions TEXT NOT NULL CHECK (json_valid(instructions)),
  shape        TEXT NOT NULL CHECK (json_valid(shape)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);

ALTER TABLE import_batches ADD COLUMN profile_id INTEGER;
`
