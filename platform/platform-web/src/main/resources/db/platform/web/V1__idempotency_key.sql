-- The first response to each Idempotency-Key, replayed for a repeat of the same request.
CREATE TABLE idempotency_key (
    scope                 varchar(255) NOT NULL, -- who sent it: the token's subject, or 'anonymous'
    idempotency_key       varchar(255) NOT NULL,
    request_hash          char(64)     NOT NULL, -- SHA-256 of method, path, query and body
    status                varchar(16)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'COMPLETED')),
    locked_until          timestamptz  NOT NULL, -- an IN_PROGRESS claim older than this was abandoned
    response_status       integer,
    response_content_type varchar(255),
    response_location     text,
    response_etag         varchar(255),
    response_body         bytea,
    created_at            timestamptz  NOT NULL,
    expires_at            timestamptz  NOT NULL,
    PRIMARY KEY (scope, idempotency_key)
);

CREATE INDEX idempotency_key_expires_at ON idempotency_key (expires_at);
