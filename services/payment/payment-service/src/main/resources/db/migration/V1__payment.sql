-- Payments and their refunds. Money is minor units with its ISO 4217 currency.
CREATE TABLE payment (
    id                   uuid         PRIMARY KEY,
    -- who asked and with which Idempotency-Key: a repeat finds this payment, never makes another
    request_key          varchar(600) NOT NULL UNIQUE,
    order_id             uuid         NOT NULL,
    user_id              uuid,
    amount               bigint       NOT NULL CHECK (amount > 0),
    currency             char(3)      NOT NULL,
    gateway              varchar(32)  NOT NULL,
    payment_method_token varchar(255) NOT NULL,
    status               varchar(16)  NOT NULL CHECK (status IN ('PROCESSING', 'SUCCEEDED', 'FAILED', 'REQUIRES_ACTION')),
    gateway_reference    varchar(255),
    failure_code         varchar(64),
    retryable            boolean      NOT NULL DEFAULT false,
    next_action_url      text,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL
);

CREATE INDEX payment_order_id ON payment (order_id, created_at);
CREATE INDEX payment_gateway_reference ON payment (gateway, gateway_reference);
CREATE INDEX payment_processing ON payment (updated_at) WHERE status = 'PROCESSING';

CREATE TABLE refund (
    id                uuid         PRIMARY KEY,
    payment_id        uuid         NOT NULL REFERENCES payment (id),
    request_key       varchar(600) NOT NULL UNIQUE,
    amount            bigint       NOT NULL CHECK (amount > 0),
    currency          char(3)      NOT NULL,
    reason            varchar(500),
    -- a PROCESSING refund holds its amount against the payment until the gateway answers
    status            varchar(16)  NOT NULL CHECK (status IN ('PROCESSING', 'SUCCEEDED', 'FAILED')),
    gateway_reference varchar(255),
    failure_code      varchar(64),
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL
);

CREATE INDEX refund_payment_id ON refund (payment_id, created_at);
CREATE INDEX refund_processing ON refund (updated_at) WHERE status = 'PROCESSING';

-- Webhook deliveries already handled, so that a repeated event has no second effect.
CREATE TABLE webhook_event (
    gateway     varchar(32)  NOT NULL,
    event_id    varchar(255) NOT NULL,
    type        varchar(128) NOT NULL,
    received_at timestamptz  NOT NULL,
    PRIMARY KEY (gateway, event_id)
);

-- The sandbox gateway's own books: what it charged and refunded per idempotency key, as a
-- real gateway remembers them, so that a retry finds the charge instead of making another.
CREATE TABLE sandbox_charge (
    idempotency_key varchar(255) PRIMARY KEY,
    reference       varchar(64)  NOT NULL UNIQUE,
    token           varchar(255) NOT NULL,
    amount          bigint       NOT NULL,
    currency        char(3)      NOT NULL,
    outcome         varchar(32)  NOT NULL,
    created_at      timestamptz  NOT NULL
);

CREATE TABLE sandbox_refund (
    idempotency_key  varchar(255) PRIMARY KEY,
    reference        varchar(64)  NOT NULL UNIQUE,
    charge_reference varchar(64)  NOT NULL,
    amount           bigint       NOT NULL,
    created_at       timestamptz  NOT NULL
);
