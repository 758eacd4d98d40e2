-- Texts that a newer text under the same URL replaced. Meeting one again (an old copy left in an input
-- folder) changes nothing, so ingesting the same inputs twice stays idempotent even when they hold
-- two versions of one article; the cost is that a deliberate revert to an old text is ignored too.
CREATE TABLE superseded_texts (
  content_hash  TEXT PRIMARY KEY,
  url           TEXT NOT NULL
) WITHOUT ROWID;
