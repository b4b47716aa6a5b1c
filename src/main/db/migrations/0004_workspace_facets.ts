/**
 * 0004: precomputed facet counts. Counting a million records per facet takes seconds; the
 * workspace asks for every facet whenever the archivist opens the collection or picks a year
 * range. `facet_counts` holds, per status and start year, how many records have each country,
 * city, import batch, tag, warning state and place state; triggers keep it exact through every
 * insert, update and delete (imports, edits, undo, emptying the trash). Facets for the whole
 * collection or a year range are then sums over a few thousand rows.
 *
 * Encoding: `year` is the start year or -1 when undated; `value` is text, '' for "none"
 * (no country, no city, no batch); warned, placeless and tagged are '1' or '0'; a tag is its id.
 * Rows that fall to zero stay (n = 0) and are skipped by readers.
 */
const year = (row: 'new' | 'old' | 'r'): string => `coalesce(CAST(substr(${row}.start_date, 1, 4) AS INTEGER), -1)`

/** Adds (sign 1) or removes (sign -1) one record's contribution, tags included when asked. */
const contribution = (row: 'new' | 'old', sign: 1 | -1, withTags: boolean): string => `
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT dim, value, ${year(row)}, ${row}.status, ${sign} FROM (
    SELECT 'country' AS dim, coalesce(${row}.country_code, '') AS value
    UNION ALL SELECT 'city', coalesce(${row}.city, '')
    UNION ALL SELECT 'batch', coalesce(${row}.batch_id, '')
    UNION ALL SELECT 'warned', ${row}.warnings IS NOT NULL
    UNION ALL SELECT 'placeless', coalesce(${row}.place, '') = ''
    UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = ${row}.id)
    ${withTags ? `UNION ALL SELECT 'tag', rt.tag_id FROM record_tags rt WHERE rt.record_id = ${row}.id` : ''}
  ) WHERE true
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;`

/** A tag linked (1) or unlinked (-1); the record moves between tagged and untagged on its first and last tag. */
const tagContribution = (row: 'new' | 'old', sign: 1 | -1): string => `
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT 'tag', ${row}.tag_id, ${year('r')}, r.status, ${sign} FROM records r WHERE r.id = ${row}.record_id
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;
  INSERT INTO facet_counts(dim, value, year, status, n)
  SELECT 'tagged', flag.value, ${year('r')}, r.status, flag.n * ${sign}
  FROM records r, (SELECT '1' AS value, 1 AS n UNION ALL SELECT '0', -1) flag
  WHERE r.id = ${row}.record_id AND (SELECT count(*) FROM record_tags rt WHERE rt.record_id = ${row}.record_id) = ${sign === 1 ? 1 : 0}
  ON CONFLICT (dim, status, year, value) DO UPDATE SET n = n + excluded.n;`

export const sql = /* sql */ `
CREATE TABLE facet_counts (
  dim    TEXT NOT NULL,
  value  TEXT NOT NULL,
  year   INTEGER NOT NULL,
  status INTEGER NOT NULL,
  n      INTEGER NOT NULL,
  PRIMARY KEY (dim, status, year, value)
) WITHOUT ROWID;

INSERT INTO facet_counts(dim, value, year, status, n)
SELECT dim, value, year, status, count(*) FROM (
  SELECT 'country' AS dim, coalesce(r.country_code, '') AS value, ${year('r')} AS year, r.status AS status FROM records r
  UNION ALL SELECT 'city', coalesce(r.city, ''), ${year('r')}, r.status FROM records r
  UNION ALL SELECT 'batch', coalesce(r.batch_id, ''), ${year('r')}, r.status FROM records r
  UNION ALL SELECT 'warned', r.warnings IS NOT NULL, ${year('r')}, r.status FROM records r
  UNION ALL SELECT 'placeless', coalesce(r.place, '') = '', ${year('r')}, r.status FROM records r
  UNION ALL SELECT 'tagged', EXISTS (SELECT 1 FROM record_tags rt WHERE rt.record_id = r.id), ${year('r')}, r.status FROM records r
  UNION ALL SELECT 'tag', rt.tag_id, ${year('r')}, r.status FROM record_tags rt JOIN records r ON r.id = rt.record_id
) GROUP BY dim, status, year, value;

CREATE TRIGGER facet_counts_insert AFTER INSERT ON records BEGIN
  ${contribution('new', 1, false)}
END;

-- BEFORE, so the record's tags are still there to be counted out; the cascade that then
-- removes its record_tags rows finds no record and changes nothing.
CREATE TRIGGER facet_counts_delete BEFORE DELETE ON records BEGIN
  ${contribution('old', -1, true)}
END;

CREATE TRIGGER facet_counts_update AFTER UPDATE OF status, start_date, country_code, city, batch_id, warnings, place ON records
WHEN old.status IS NOT new.status OR old.start_date IS NOT new.start_date OR old.country_code IS NOT new.country_code
  OR old.city IS NOT new.city OR old.batch_id IS NOT new.batch_id OR old.warnings IS NOT new.warnings OR old.place IS NOT new.place
BEGIN
  ${contribution('old', -1, true)}
  ${contribution('new', 1, true)}
END;

CREATE TRIGGER facet_counts_tag_insert AFTER INSERT ON record_tags BEGIN
  ${tagContribution('new', 1)}
END;

CREATE TRIGGER facet_counts_tag_delete AFTER DELETE ON record_tags BEGIN
  ${tagContribution('old', -1)}
END;

-- Counting records with warnings or without a place reads only those records.
CREATE INDEX records_status_warned ON records(status) WHERE warnings IS NOT NULL;
CREATE INDEX records_status_placeless ON records(status) WHERE place IS NULL OR place = '';
`
