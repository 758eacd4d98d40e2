-- The language a reader found for each document (ISO 639-1, NULL when unknown), and the version of the
-- extractor (package version and data files) that computed its facts, so `ingest --reextract` can find
-- the documents whose facts are stale. Rows stored before this migration have NULL: stale by definition.
ALTER TABLE documents ADD COLUMN language TEXT;
ALTER TABLE documents ADD COLUMN extractor_version TEXT;
CREATE INDEX documents_extractor_version ON documents(extractor_version);
