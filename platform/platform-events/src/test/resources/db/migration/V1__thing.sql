-- A business table of the test application, changed in the same transactions as the outbox.
CREATE TABLE thing (
    id   uuid PRIMARY KEY,
    name text NOT NULL
);
