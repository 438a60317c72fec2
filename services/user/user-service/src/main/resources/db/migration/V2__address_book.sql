-- A user's address book: a few addresses in the user's order, one of them the default.

CREATE TABLE user_address (
    user_id     uuid    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    label       text,
    line1       text    NOT NULL,
    line2       text,
    city        text    NOT NULL,
    postal_code text    NOT NULL,
    country     text    NOT NULL,
    is_default  boolean NOT NULL,
    PRIMARY KEY (user_id, position)
);
