-- Keep each fact's number of reporting documents on its row, so that listing and aggregating a million
-- events needs no correlated count per row. The writer refreshes it whenever a fact's reports change.
ALTER TABLE events ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relations ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE figures ADD COLUMN source_count INTEGER NOT NULL DEFAULT 0;
UPDATE events SET source_count = (SELECT count(DISTINCT document_id) FROM event_reports WHERE event_id = events.id);
UPDATE relations SET source_count = (SELECT count(DISTINCT document_id) FROM relation_reports WHERE relation_id = relations.id);
UPDATE figures SET source_count = (SELECT count(DISTINCT document_id) FROM figure_reports WHERE figure_id = figures.id);
CREATE INDEX events_type_status ON events(type, status);
