-- Single-use, expiring tokens that let a user who forgot the password set a new one.

CREATE TABLE password_reset (
    id         uuid        PRIMARY KEY,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- SHA-256 of the token, hex: the token itself is only in the event to the notification service
    token_hash text        NOT NULL CONSTRAINT password_reset_hash_key UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

CREATE INDEX password_reset_user ON password_reset (user_id);
