/**
 * 0001: records, tags, import batches, the operation log and the full-text index.
 * Append-only: never edit a migration that has shipped; add the next number instead.
 */
export const sql = /* sql */ `
CREATE TABLE import_batches (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT,
  sha256        TEXT,
  format        TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  record_count  INTEGER NOT NULL DEFAULT 0,
  skipped_count INTEGER NOT NULL DEFAULT 0,
  warning_count INTEGER NOT NULL DEFAULT 0
);

-- status: 0 active, 1 trashed, 2 merged into another record, 3 void (its creation was undone).
-- AUTOINCREMENT: an id is never reused, so a record's history never mixes with another's.
CREATE TABLE records (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  uid          TEXT NOT NULL UNIQUE,
  status       INTEGER NOT NULL DEFAULT 0 CHECK (status IN (0, 1, 2, 3)),
  title        TEXT NOT NULL,
  start_date   TEXT,
  end_date     TEXT,
  date_text    TEXT,
  place        TEXT,
  city         TEXT,
  country      TEXT,
  country_code TEXT,
  notes        TEXT,
  warnings     TEXT,
  confidence   REAL,
  batch_id     INTEGER REFERENCES import_batches(id),
  source_file  TEXT,
  source_line  INTEGER,
  source_text  TEXT,
  merged_into  INTEGER REFERENCES records(id),
  deleted_at   TEXT,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  start_year   INTEGER GENERATED ALWAYS AS (CAST(substr(start_date, 1, 4) AS INTEGER)) VIRTUAL
);
CREATE INDEX records_status_start ON records(status, start_date, id);
CREATE INDEX records_status_title ON records(status, title COLLATE NOCASE, id);
CREATE INDEX records_status_country ON records(status, country_code);
CREATE INDEX records_status_city ON records(status, city);
CREATE INDEX records_status_year ON records(status, start_year);
CREATE INDEX records_batch ON records(batch_id);
CREATE INDEX records_merged_into ON records(merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE record_tags (
  record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX record_tags_tag ON record_tags(tag_id, record_id);

-- One row per operation; state 'undone' rows form the redo stack.
CREATE TABLE operations (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL,
  description  TEXT NOT NULL,
  actor        TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  record_count INTEGER NOT NULL,
  state        TEXT NOT NULL CHECK (state IN ('done', 'undone')),
  irreversible INTEGER NOT NULL DEFAULT 0,
  details      TEXT
);
CREATE INDEX operations_state ON operations(state, id);

-- Each change stores only the fields it touched, before and after, as JSON.
-- Undo writes 'before', redo writes 'after'. record_id has no foreign key on purpose:
-- the history of a record outlives emptying the trash.
CREATE TABLE operation_changes (
  operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  record_id    INTEGER NOT NULL,
  before       TEXT NOT NULL,
  after        TEXT NOT NULL,
  PRIMARY KEY (operation_id, seq)
) WITHOUT ROWID;
CREATE INDEX operation_changes_record ON operation_changes(record_id, operation_id);

ALTER TABLE import_batches ADD COLUMN operation_id INTEGER REFERENCES operations(id);

CREATE VIRTUAL TABLE records_fts USING fts5(
  title, place, notes,
  content = 'records', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
  INSERT INTO records_fts(rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes);
END;
CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
  INSERT INTO records_fts(records_fts, rowid, title, place, notes) VALUES ('delete', old.id, old.title, old.place, old.notes);
END;
CREATE TRIGGER records_fts_update AFTER UPDATE OF title, place, notes ON records BEGIN
  INSERT INTO records_fts(records_fts, rowid, title, place, notes) VALUES ('delete', old.id, old.title, old.place, old.notes);
  INSERT INTO records_fts(rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes);
END;
`
