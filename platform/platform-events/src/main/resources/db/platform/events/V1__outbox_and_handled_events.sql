-- The transactional outbox: one row per event, written in the transaction of the change
-- that caused it, sent to Kafka by the relay after commit.
CREATE TABLE outbox_event (
    id           uuid        PRIMARY KEY,            -- the CloudEvents id, the same on every redelivery
    sequence     bigserial   NOT NULL UNIQUE,        -- publish order, the order the relay sends in
    topic        text        NOT NULL,
    message_key  text        NOT NULL,               -- the Kafka key: the subject, so one aggregate stays in order
    type         text        NOT NULL,
    source       text        NOT NULL,
    subject      text        NOT NULL,
    occurred_at  timestamptz NOT NULL,
    payload      jsonb       NOT NULL,
    published_at timestamptz NULL                    -- set once Kafka acknowledged; deleted after the retention
);

-- The relay reads the oldest unpublished rows; published rows stay only for the retention.
CREATE INDEX outbox_event_unpublished ON outbox_event (sequence) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published_at ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Events a consumer has handled, recorded in the transaction of the effect, so that a
-- redelivered event is skipped.
CREATE TABLE handled_event (
    consumer   text        NOT NULL,
    event_id   text        NOT NULL,                 -- a CloudEvents id is any string, not always a uuid
    handled_at timestamptz NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
