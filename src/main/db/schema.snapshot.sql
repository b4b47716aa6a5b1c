-- index dedupe_decisions_b
CREATE INDEX dedupe_decisions_b ON dedupe_decisions(record_b);

-- index dedupe_pairs_a
CREATE INDEX dedupe_pairs_a ON dedupe_pairs(record_a);

-- index dedupe_pairs_b
CREATE INDEX dedupe_pairs_b ON dedupe_pairs(record_b);

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

-- index records_status_placeless
CREATE INDEX records_status_placeless ON records(status) WHERE place IS NULL OR place = '';

-- index records_status_start
CREATE INDEX records_status_start ON records(status, start_date, id);

-- index records_status_title
CREATE INDEX records_status_title ON records(status, title COLLATE NOCASE, id);

-- index records_status_warned
CREATE INDEX records_status_warned ON records(status) WHERE warnings IS NOT NULL;

-- index records_status_year
CREATE INDEX records_status_year ON records(status, start_year);

-- table dedupe_decisions
CREATE TABLE dedupe_decisions (
  record_a   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  record_b   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  decision   TEXT NOT NULL DEFAULT 'distinct' CHECK (decision IN ('distinct')),
  decided_at TEXT NOT NULL,
  PRIMARY KEY (record_a, record_b),
  CHECK (record_a < record_b)
) WITHOUT ROWID;

-- table dedupe_model
CREATE TABLE dedupe_model (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  model        TEXT NOT NULL CHECK (json_valid(model)),
  estimated_at TEXT NOT NULL
);

-- table dedupe_pairs
CREATE TABLE dedupe_pairs (
  scan_id  INTEGER NOT NULL REFERENCES dedupe_scans(id) ON DELETE CASCADE,
  record_a INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  record_b INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  score    REAL NOT NULL,
  reasons  TEXT NOT NULL,
  evidence TEXT NOT NULL,
  PRIMARY KEY (scan_id, record_a, record_b)
) WITHOUT ROWID;

-- table dedupe_scans
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

-- table export_profiles
CREATE TABLE export_profiles (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
  settings   TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- table facet_counts
CREATE TABLE facet_counts (
  dim    TEXT NOT NULL,
  value  TEXT NOT NULL,
  year   INTEGER NOT NULL,
  status INTEGER NOT NULL,
  n      INTEGER NOT NULL,
  PRIMARY KEY (dim, status, year, value)
) WITHOUT ROWID;

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
, operation_id INTEGER REFERENCES operations(id), profile_id INTEGER);

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

-- table reading_profiles
CREATE TABLE reading_profiles (
  id           INTEGER PRIMARY KEY AUTOINCREMENT,
  name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  instructions TEXT NOT NULL CHECK (json_valid(instructions)),
  shape        TEXT NOT NULL CHECK (json_valid(shape)),
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
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

-- trigger facet_counts_delete
CREATE TRIGGER facet_counts_delete BEFORE DELETE ON records BEGIN
  
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, coalesce(CAST(substr(old.start_date, 1, 4) AS INTEGER), -1), old.status, -1 FROM (
    SELECT 'country' AS dim, coalesce(old.country_code, '') AS value
    UNION ALL SELECT 'city', coalesce(old.city, '')
    UNION ALL SELECT 'batch', coalesce(old.batch_id, '')
    UNION ALL SELECT 'warned', old.warnings IS NOT NULL
    UNION ALL SELECT 'placeless', coalesce(old.place, '') = ''
    UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = old.id)
    UNION ALL SELECT 'tag', rt.tag_id FROM record_tags rt WHERE rt.record_id = old.id
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
END;

-- trigger facet_counts_insert
CREATE TRIGGER facet_counts_insert AFTER INSERT ON records BEGIN
  
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, coalesce(CAST(substr(new.start_date, 1, 4) AS INTEGER), -1), new.status, 1 FROM (
    SELECT 'country' AS dim, coalesce(new.country_code, '') AS value
    UNION ALL SELECT 'city', coalesce(new.city, '')
    UNION ALL SELECT 'batch', coalesce(new.batch_id, '')
    UNION ALL SELECT 'warned', new.warnings IS NOT NULL
    UNION ALL SELECT 'placeless', coalesce(new.place, '') = ''
    UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = new.id)
    
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
END;

-- trigger facet_counts_tag_delete
CREATE TRIGGER facet_counts_tag_delete AFTER DELETE ON record_tags BEGIN
  
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT 'tag', old.tag_id, coalesce(CAST(substr(r.start_date, 1, 4) AS INTEGER), -1), r.status, -1 FROM records r WHERE r.id = old.record_id
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT 'tagged', flag.value, coalesce(CAST(substr(r.start_date, 1, 4) AS INTEGER), -1), r.status, flag.n * -1
  FROM records r, (SELECT '1' AS value, 1 AS n UNION ALL SELECT '0', -1) flag
  WHERE r.id = old.record_id AND (SELECT count(*) FROM record_tags rt WHERE rt.record_id = old.record_id) = 0
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
END;

-- trigger facet_counts_tag_insert
CREATE TRIGGER facet_counts_tag_insert AFTER INSERT ON record_tags BEGIN
  
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT 'tag', new.tag_id, coalesce(CAST(substr(r.start_date, 1, 4) AS INTEGER), -1), r.status, 1 FROM records r WHERE r.id = new.record_id
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT 'tagged', flag.value, coalesce(CAST(substr(r.start_date, 1, 4) AS INTEGER), -1), r.status, flag.n * 1
  FROM records r, (SELECT '1' AS value, 1 AS n UNION ALL SELECT '0', -1) flag
  WHERE r.id = new.record_id AND (SELECT count(*) FROM record_tags rt WHERE rt.record_id = new.record_id) = 1
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
END;

-- trigger facet_counts_update
CREATE TRIGGER facet_counts_update AFTER UPDATE OF status, start_date, country_code, city, batch_id, warnings, place ON records
WHEN old.status IS NOT new.status OR old.start_date IS NOT new.start_date OR old.country_code IS NOT new.country_code
  OR old.city IS NOT new.city OR old.batch_id IS NOT new.batch_id OR old.warnings IS NOT new.warnings OR old.place IS NOT new.place
BEGIN
  
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, coalesce(CAST(substr(old.start_date, 1, 4) AS INTEGER), -1), old.status, -1 FROM (
    SELECT 'country' AS dim, coalesce(old.country_code, '') AS value
    UNION ALL SELECT 'city', coalesce(old.city, '')
    UNION ALL SELECT 'batch', coalesce(old.batch_id, '')
    UNION ALL SELECT 'warned', old.warnings IS NOT NULL
    UNION ALL SELECT 'placeless', coalesce(old.place, '') = ''
    UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = old.id)
    UNION ALL SELECT 'tag', rt.tag_id FROM record_tags rt WHERE rt.record_id = old.id
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
  
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, coalesce(CAST(substr(new.start_date, 1, 4) AS INTEGER), -1), new.status, 1 FROM (
    SELECT 'country' AS dim, coalesce(new.country_code, '') AS value
    UNION ALL SELECT 'city', coalesce(new.city, '')
    UNION ALL SELECT 'batch', coalesce(new.batch_id, '')
    UNION ALL SELECT 'warned', new.warnings IS NOT NULL
    UNION ALL SELECT 'placeless', coalesce(new.place, '') = ''
    UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = new.id)
    UNION ALL SELECT 'tag', rt.tag_id FROM record_tags rt WHERE rt.record_id = new.id
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
END;

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

-- view record_sources
CREATE VIEW record_sources AS
WITH RECURSIVE lineage(record_id, source_id, depth) AS (
  SELECT id, id, 0 FROM records WHERE status != 3
  UNION ALL
  SELECT l.record_id, m.id, l.depth + 1 FROM lineage l JOIN records m ON m.merged_into = l.source_id AND m.status = 2
)
SELECT l.record_id, l.source_id AS from_record_id, s.uid AS from_record_uid, l.depth,
       s.batch_id, s.source_file, s.source_line, s.source_text
FROM lineage l JOIN records s ON s.id = l.source_id;
