-- jirahub schema, SQLite flavour. Keep in step with ../../postgres and src/store/schema.rs.
-- Timestamps are UTC, written by the application (diesel's "YYYY-MM-DD HH:MM:SS.ffffff" text).

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE, -- stored lower-cased by the application
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'user')),
    disabled BOOLEAN NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP
);

CREATE TABLE sessions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP NOT NULL,
    revoked_at TIMESTAMP
);
CREATE INDEX sessions_user_id ON sessions(user_id);

CREATE TABLE settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE jira_connections (
    user_id BIGINT PRIMARY KEY NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    base_url TEXT NOT NULL,
    email TEXT NOT NULL,
    token_ciphertext BLOB NOT NULL,
    token_nonce BLOB NOT NULL,
    deployment TEXT NOT NULL CHECK (deployment IN ('cloud', 'datacenter')),
    account_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    last_sync_at TIMESTAMP
);

CREATE TABLE user_projects (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    project_key TEXT NOT NULL,
    project_id TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (user_id, project_key)
);

CREATE TABLE user_boards (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    project_key TEXT NOT NULL,
    board_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    board_type TEXT NOT NULL,
    PRIMARY KEY (user_id, project_key, board_id)
);

CREATE TABLE team_members (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    display_name TEXT NOT NULL,
    email TEXT,
    active BOOLEAN NOT NULL DEFAULT 1,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, account_id)
);

CREATE TABLE member_labels (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    account_id TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (user_id, account_id, label),
    FOREIGN KEY (user_id, account_id) REFERENCES team_members(user_id, account_id) ON DELETE CASCADE
);

CREATE TABLE ignored_tickets (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    issue_key TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, issue_key)
);

CREATE TABLE ignored_issue_types (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY (user_id, name)
);

CREATE TABLE field_pins (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    field_id TEXT NOT NULL,
    PRIMARY KEY (user_id, kind)
);
