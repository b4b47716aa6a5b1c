-- index operation_changes_record
CREATE INDEX operation_changes_record ON operation_changes(record_id, operation_id);

-- index operations_state
CREATE INDEX operations_state ON operations(state, id);

-- index record_tags_tag
CREATE INDEX record_tags_tag ON record_tags(tag_id, record_id);

-- index records_batch
CREATE INDEX records_batch ON records(batch_id);

-- index records_merged_into
CREATE INDEX records_merged_into ON records(merged_into) WHERE merged_into IS NOT NULL;

-- index records_status_city
CREATE INDEX records_status_city ON records(status, city);

-- index records_status_country
CREATE INDEX records_status_country ON records(status, country_code);

-- index records_status_start
CREATE INDEX records_status_start ON records(status, start_date, id);

-- index records_status_title
CREATE INDEX records_status_title ON records(status, title COLLATE NOCASE, id);

-- index records_status_year
CREATE INDEX records_status_year ON records(status, start_year);

-- table import_batches
CREATE TABLE import_batches (
  id            INTEGER PRIMARY KEY,
  file_name     TEXT,
  sha256        TEXT,
  format        TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  record_count  INTEGER NOT NULL DEFAULT 0,
  skipped_count INTEGER NOT NULL DEFAULT 0,
  warning_count INTEGER NOT NULL DEFAULT 0
, operation_id INTEGER REFERENCES operations(id));

-- table operation_changes
CREATE TABLE operation_changes (
  operation_id INTEGER NOT NULL REFERENCES operations(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,
  record_id    INTEGER NOT NULL,
  before       TEXT NOT NULL,
  after        TEXT NOT NULL,
  PRIMARY KEY (operation_id, seq)
) WITHOUT ROWID;

-- table operations
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

-- table record_tags
CREATE TABLE record_tags (
  record_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
  PRIMARY KEY (record_id, tag_id)
) WITHOUT ROWID;

-- table records
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

-- table records_fts
CREATE VIRTUAL TABLE records_fts USING fts5(
  title, place, notes,
  content = 'records', content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);

-- table records_fts_config
CREATE TABLE 'records_fts_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table records_fts_data
CREATE TABLE 'records_fts_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table records_fts_docsize
CREATE TABLE 'records_fts_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

-- table records_fts_idx
CREATE TABLE 'records_fts_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table tags
CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

-- trigger records_fts_delete
CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
  INSERT INTO records_fts(records_fts, rowid, title, place, notes) VALUES ('delete', old.id, old.title, old.place, old.notes);
END;

-- trigger records_fts_insert
CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
  INSERT INTO records_fts(rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes);
END;

-- trigger records_fts_update
CREATE TRIGGER records_fts_update AFTER UPDATE OF title, place, notes ON records BEGIN
  INSERT INTO records_fts(records_fts, rowid, title, place, notes) VALUES ('delete', old.id, old.title, old.place, old.notes);
  INSERT INTO records_fts(rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes);
END;
