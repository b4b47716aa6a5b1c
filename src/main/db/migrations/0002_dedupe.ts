/**
 * 0002: duplicate review. Decisions ("not duplicates") so dismissed pairs are never proposed
 * again, the latest scan's pairs so the review queue survives restarts, and a view of every
 * record's provenance including the records merged into it.
 *
 * Provenance is joined by `records.merged_into` rather than copied into a table: that column
 * is written through the operation log, so undoing or redoing a merge restores the joined
 * provenance exactly, with nothing else to keep in step.
 */
export const sql = /* sql */ `
-- Pairs the archivist marked "not duplicates"; record_a < record_b.
CREATE TABLE dedupe_decisions (
  record_a   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  record_b   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  decision   TEXT NOT NULL DEFAULT 'distinct' CHECK (decision IN ('distinct')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (record_a, record_b),
  CHECK (record_a < record_b)
) WITHOUT ROWID;
CREATE INDEX dedupe_decisions_b ON dedupe_decisions(record_b);

-- A scan's pairs are written in slices under state 'writing' and become the queue once 'complete'.
CREATE TABLE dedupe_scans (
  id           INTEGER PRIMARY KEY,
  state        TEXT NOT NULL CHECK (state IN ('writing', 'complete')),
  threshold    REAL NOT NULL,
  record_count INTEGER NOT NULL DEFAULT 0,
  pair_count   INTEGER NOT NULL DEFAULT 0,
  seconds      REAL NOT NULL DEFAULT 0,
  started_at   TEXT NOT NULL,
  finished_at  TEXT
);

CREATE TABLE dedupe_pairs (
  scan_id  INTEGER NOT NULL REFERENCES dedupe_scans(id) ON DELETE CASCADE,
  record_a INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  record_b INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  score    REAL NOT NULL,
  reasons  TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (scan_id, record_a, record_b)
) WITHOUT ROWID;
CREATE INDEX dedupe_pairs_a ON dedupe_pairs(record_a);
CREATE INDEX dedupe_pairs_b ON dedupe_pairs(record_b);

-- Every source of every record: its own (depth 0) and those of the records merged into it,
-- however deep. For one record, query with the recursion seeded at its id (see provenance.ts).
CREATE VIEW record_sources AS
WITH RECURSIVE lineage(record_id, source_id, depth) AS (
  SELECT id, id, 0 FROM records WHERE status != 3
  UNION ALL
  SELECT l.record_id, m.id, l.depth + 1 FROM lineage l JOIN records m ON m.merged_into = l.source_id AND m.status = 2
)
SELECT l.record_id, l.source_id AS from_record_id, s.uid AS from_record_uid, l.depth,
       s.batch_id, s.source_file, s.source_line, s.source_text
FROM lineage l JOIN records s ON s.id = l.source_id;
`
