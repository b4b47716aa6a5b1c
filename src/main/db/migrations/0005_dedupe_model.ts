/**
 * 0005: the duplicate model. The m and u probabilities of each comparison level, estimated from
 * the collection (Fellegi–Sunter, as Splink does) and re-estimated on demand, are kept with the
 * collection so every scan and import preview scores with the same weights. One row: the latest
 * estimate, as JSON (see services/dedupe/model/model.ts).
 */
export const sql = /* sql */ `
CREATE TABLE dedupe_model (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  model        TEXT NOT NULL CHECK (json_valid(model)),
  estimated_at TEXT NOT NULL
);
`
