-- Accounts, their roles, the refresh tokens of their logins and the keys that sign access tokens.

CREATE TABLE users (
    id            uuid        PRIMARY KEY,
    -- trimmed and lower case; null once the account is closed and its personal data erased
    email         text        CONSTRAINT users_email_key UNIQUE,
    -- Argon2id, in the encoded form that carries its parameters
    password_hash text,
    full_name     text        NOT NULL,
    phone         text,
    status        text        NOT NULL CHECK (status IN ('ACTIVE', 'DISABLED', 'DELETED')),
    version       bigint      NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    CHECK (status = 'DELETED' OR (email IS NOT NULL AND password_hash IS NOT NULL))
);

CREATE TABLE user_role (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('CUSTOMER', 'SELLER', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);

-- One row per refresh token ever issued. A login's tokens share a family: each use spends
-- the token and issues the next of its family; a spent token used again revokes the family.
CREATE TABLE refresh_token (
    id         uuid        PRIMARY KEY,
    family_id  uuid        NOT NULL,
    user_id    uuid        NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- SHA-256 of the token, hex: the token itself is never stored
    token_hash text        NOT NULL CONSTRAINT refresh_token_hash_key UNIQUE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL,
    spent_at   timestamptz,
    revoked_at timestamptz
);

CREATE INDEX refresh_token_family ON refresh_token (family_id);
CREATE INDEX refresh_token_user ON refresh_token (user_id);

-- The RSA keys that sign access tokens, as JWKs; the newest signs, all are published.
CREATE TABLE signing_key (
    kid        text        PRIMARY KEY,
    jwk        text        NOT NULL,
    created_at timestamptz NOT NULL
);
