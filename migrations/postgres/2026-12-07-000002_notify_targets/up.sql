-- Where an account's reports are delivered (a Slack incoming webhook): the address is a secret,
-- sealed like the Jira token. Keep in step with ../../sqlite and src/store/schema.rs.
CREATE TABLE notify_targets (
    user_id BIGINT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('slack')),
    secret_ciphertext BYTEA NOT NULL,
    secret_nonce BYTEA NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, kind)
);
