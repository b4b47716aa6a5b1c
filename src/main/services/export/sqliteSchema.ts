/**
 * The schema of the standalone SQLite export, kept apart from the writer so it can be read as
 * documentation. The same descriptions are written into the file's `_about` table, so someone
 * who only has the .sqlite file (in the sqlite3 shell or Datasette) can read what each column means.
 *
 * events
 *   id            INTEGER PRIMARY KEY  the record's id in the Curate database that exported it
 *   uid           TEXT NOT NULL        stable identity (UUID), the same in every export and database
 *   title         TEXT NOT NULL
 *   start_date    TEXT                 ISO 8601, possibly partial ("2009", "2009-11")
 *   end_date      TEXT                 ISO 8601, possibly partial; equal to start_date for one-day events
 *   date_text     TEXT                 the date as written in the source
 *   place         TEXT                 the place as written in the source
 *   city, country TEXT
 *   country_code  TEXT                 ISO 3166-1 alpha-2
 *   tags          TEXT                 tags joined by the separator recorded in _about ('tag_separator'); NULL when none
 *   notes         TEXT
 *   source_file   TEXT, source_line INTEGER   where the record was imported from
 *   created_at, updated_at TEXT        ISO 8601 timestamps
 * events_fts      FTS5 over title, place, notes (external content: events), diacritics removed,
 *                 so `SELECT * FROM events WHERE id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'neuchatel')`
 *                 finds "Neuchâtel". Kept in sync by triggers if the file is edited afterwards.
 */

export const EVENTS_COLUMNS: readonly { name: string; type: string; description: string }[] = [
  { name: 'id', type: 'INTEGER PRIMARY KEY', description: "The record's id in the Curate database that exported it." },
  { name: 'uid', type: 'TEXT NOT NULL', description: 'Stable identity (UUID), the same in every export and database.' },
  { name: 'title', type: 'TEXT NOT NULL', description: 'The event title.' },
  { name: 'start_date', type: 'TEXT', description: 'First day, ISO 8601; may be partial (2009, 2009-11) when the source is vague.' },
  { name: 'end_date', type: 'TEXT', description: 'Last day, ISO 8601, possibly partial; equals start_date for a one-day event.' },
  { name: 'date_text', type: 'TEXT', description: 'The date as written in the source, verbatim.' },
  { name: 'place', type: 'TEXT', description: 'The place as written in the source, verbatim.' },
  { name: 'city', type: 'TEXT', description: 'City, as curated.' },
  { name: 'country', type: 'TEXT', description: 'Country name, as curated.' },
  { name: 'country_code', type: 'TEXT', description: 'ISO 3166-1 alpha-2 country code, upper case.' },
  { name: 'tags', type: 'TEXT', description: 'Tags joined by the tag_separator given in this table; NULL when there are none.' },
  { name: 'notes', type: 'TEXT', description: "The archivist's notes." },
  { name: 'source_file', type: 'TEXT', description: 'The file the record was imported from.' },
  { name: 'source_line', type: 'INTEGER', description: "1-based line where the record's text starts in source_file." },
  { name: 'created_at', type: 'TEXT NOT NULL', description: 'When the record was created (ISO 8601).' },
  { name: 'updated_at', type: 'TEXT NOT NULL', description: 'When the record was last changed (ISO 8601).' }
]

// Not STRICT and no newer syntax: the sqlite3 shell and Datasette on older systems must open the file.
export const CREATE_TABLES = `
CREATE TABLE _about (topic TEXT PRIMARY KEY, description TEXT NOT NULL);
CREATE TABLE events (
${EVENTS_COLUMNS.map((column) => `  ${column.name} ${column.type}`).join(',\n')}
);
`

// After the bulk insert: building the index once is much faster than maintaining it row by row.
// content="events" in double quotes is the spelling Datasette looks for to offer a search box.
export const CREATE_INDEXES = `
CREATE INDEX events_uid ON events (uid);
CREATE INDEX events_start_date ON events (start_date);
CREATE INDEX events_country_code ON events (country_code);
CREATE VIRTUAL TABLE events_fts USING fts5(
  title, place, notes,
  content="events", content_rowid="id",
  tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO events_fts (events_fts) VALUES ('rebuild');
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, place, notes) VALUES ('delete', old.id, old.title, old.place, old.notes);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, place, notes) VALUES ('delete', old.id, old.title, old.place, old.notes);
  INSERT INTO events_fts (rowid, title, place, notes) VALUES (new.id, new.title, new.place, new.notes);
END;
`

export const INSERT_EVENT = `INSERT INTO events (${EVENTS_COLUMNS.map((column) => column.name).join(', ')})
VALUES (${EVENTS_COLUMNS.map((column) => `@${column.name}`).join(', ')})`
