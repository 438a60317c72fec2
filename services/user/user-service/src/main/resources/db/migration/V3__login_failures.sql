-- Login attempts that count against an account (by email, known or not) and a client address:
-- a row is written before the password is checked and deleted when it was right.

CREATE TABLE login_attempt (
    id           uuid        PRIMARY KEY,
    subject      text        NOT NULL, -- 'account:<normalised email>' or 'address:<ip>'
    attempted_at timestamptz NOT NULL
);

CREATE INDEX login_attempt_subject ON login_attempt (subject, attempted_at);
CREATE INDEX login_attempt_time ON login_attempt (attempted_at);
