-- multivector store, version 1: documents with full-text search, and sourced facts.
-- A fact (event, relation, figure) is stored once however many documents report it; each report keeps
-- what that document said (so a fact can be recomputed when a document is replaced) and its spans.
-- No wall-clock values live in these tables: ingesting the same inputs twice leaves identical contents.

CREATE TABLE documents (
  id               INTEGER PRIMARY KEY,
  doc_id           TEXT NOT NULL,              -- the record's document id (reader's stable id)
  url              TEXT,
  path             TEXT,
  title            TEXT,
  source           TEXT,
  published        TEXT,                       -- YYYY-MM-DD or YYYY-MM
  published_basis  TEXT,
  content_hash     TEXT NOT NULL UNIQUE,       -- sha256 of the text, hex
  text             TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
CREATE INDEX documents_doc_id ON documents(doc_id);

CREATE VIRTUAL TABLE document_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO document_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO document_fts(document_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TABLE events (
  id         INTEGER PRIMARY KEY,
  type       TEXT NOT NULL,
  mode       TEXT,
  cameo      TEXT,
  source     TEXT NOT NULL,
  target     TEXT NOT NULL,
  pair_lo    TEXT NOT NULL,                    -- identity: min/max of the pair for symmetric types,
  pair_hi    TEXT NOT NULL,                    -- source/target for directed ones
  status     TEXT NOT NULL CHECK (status IN ('occurred', 'planned')),
  date_from  TEXT,
  date_to    TEXT,
  fulfils    INTEGER REFERENCES events(id) ON DELETE SET NULL,
  CHECK ((date_from IS NULL) = (date_to IS NULL))
);
CREATE INDEX events_key ON events(type, pair_lo, pair_hi, status, date_from);
CREATE INDEX events_source ON events(source);
CREATE INDEX events_target ON events(target);
CREATE INDEX events_date ON events(date_from);
CREATE INDEX events_fulfils ON events(fulfils) WHERE fulfils IS NOT NULL;

CREATE TABLE event_reports (
  id           INTEGER PRIMARY KEY,
  event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,               -- index in the record's events
  source       TEXT NOT NULL,
  target       TEXT NOT NULL,
  mode         TEXT,
  cameo        TEXT,
  date_from    TEXT,
  date_to      TEXT,
  rule         TEXT NOT NULL
);
CREATE INDEX event_reports_event ON event_reports(event_id);
CREATE INDEX event_reports_document ON event_reports(document_id);

CREATE TABLE relations (
  id         INTEGER PRIMARY KEY,
  a          TEXT NOT NULL,                    -- a < b
  b          TEXT NOT NULL,
  tier       TEXT NOT NULL,
  label      TEXT NOT NULL,
  stated_on  TEXT                              -- publication date of the reporting documents
);
CREATE INDEX relations_key ON relations(a, b, tier, stated_on);
CREATE INDEX relations_b ON relations(b);

CREATE TABLE relation_reports (
  id           INTEGER PRIMARY KEY,
  relation_id  INTEGER NOT NULL REFERENCES relations(id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  label        TEXT NOT NULL,
  rule         TEXT NOT NULL
);
CREATE INDEX relation_reports_relation ON relation_reports(relation_id);
CREATE INDEX relation_reports_document ON relation_reports(document_id);

CREATE TABLE figures (
  id           INTEGER PRIMARY KEY,
  metric       TEXT NOT NULL,
  a            TEXT,
  b            TEXT,
  value        REAL NOT NULL,
  unit         TEXT NOT NULL,
  qualifier    TEXT NOT NULL,
  period_from  TEXT,
  period_to    TEXT,
  stated_on    TEXT
);
CREATE INDEX figures_key ON figures(metric, a, b, unit, value, period_from, period_to);
CREATE INDEX figures_b ON figures(b);

CREATE TABLE figure_reports (
  id           INTEGER PRIMARY KEY,
  figure_id    INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  qualifier    TEXT NOT NULL,
  rule         TEXT NOT NULL
);
CREATE INDEX figure_reports_figure ON figure_reports(figure_id);
CREATE INDEX figure_reports_document ON figure_reports(document_id);

-- Evidence spans of any report: exactly one of the three report ids is set.
CREATE TABLE evidence (
  id                  INTEGER PRIMARY KEY,
  event_report_id     INTEGER REFERENCES event_reports(id) ON DELETE CASCADE,
  relation_report_id  INTEGER REFERENCES relation_reports(id) ON DELETE CASCADE,
  figure_report_id    INTEGER REFERENCES figure_reports(id) ON DELETE CASCADE,
  document_id         INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start               INTEGER NOT NULL,
  "end"               INTEGER NOT NULL,
  sentence_start      INTEGER NOT NULL,
  sentence_end        INTEGER NOT NULL,
  CHECK ((event_report_id IS NOT NULL) + (relation_report_id IS NOT NULL) + (figure_report_id IS NOT NULL) = 1)
);
CREATE INDEX evidence_event_report ON evidence(event_report_id) WHERE event_report_id IS NOT NULL;
CREATE INDEX evidence_relation_report ON evidence(relation_report_id) WHERE relation_report_id IS NOT NULL;
CREATE INDEX evidence_figure_report ON evidence(figure_report_id) WHERE figure_report_id IS NOT NULL;
CREATE INDEX evidence_document ON evidence(document_id);

CREATE TABLE quotes (
  id           INTEGER PRIMARY KEY,
  document_id  INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  ord          INTEGER NOT NULL,
  speaker      TEXT,
  person       TEXT,
  start        INTEGER NOT NULL,
  "end"        INTEGER NOT NULL,
  evidence     TEXT NOT NULL,                  -- JSON array of spans
  rule         TEXT NOT NULL
);
CREATE INDEX quotes_document ON quotes(document_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
