-- Saved views: a named set of dashboard or insights flags per account; an admin can publish one
-- so that every account can run it. Keep in step with ../../postgres and src/store/schema.rs.
CREATE TABLE saved_views (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    command TEXT NOT NULL,   -- "dashboard" or "insights <report>"
    args TEXT NOT NULL,      -- JSON array of the flags, as `--long=value` tokens
    published BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (user_id, name)
);
