-- What the last fetch of each feed URL returned: its validators, so the next fetch is a conditional
-- request (If-None-Match / If-Modified-Since) that an unchanged feed answers with 304 and no body.
CREATE TABLE feed_state (
  url            TEXT PRIMARY KEY,
  etag           TEXT,
  last_modified  TEXT,
  checked_at     TEXT NOT NULL
) WITHOUT ROWID;
