-- Orders with a copy of what was bought at what price, their status history, the state of
-- their checkout saga (ADR 12), the shipment's tracking events, and returns.
-- "order" is a reserved word: the table is "orders".

CREATE SEQUENCE order_number START 1000;

CREATE TABLE orders (
    id                  uuid        PRIMARY KEY,
    number              text        NOT NULL CONSTRAINT orders_number_key UNIQUE,
    user_id             uuid        NOT NULL,
    status              text        NOT NULL CHECK (status IN ('PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED',
                                        'REJECTED', 'PAYMENT_FAILED', 'CANCELLED', 'RETURN_REQUESTED', 'RETURNED')),
    currency            text        NOT NULL,
    subtotal            bigint      NOT NULL CHECK (subtotal >= 0),
    discount            bigint      NOT NULL CHECK (discount >= 0),
    shipping            bigint      NOT NULL CHECK (shipping >= 0),
    tax                 bigint      NOT NULL CHECK (tax >= 0),
    total               bigint      NOT NULL CHECK (total >= 0),
    coupon_code         text,
    ship_full_name      text        NOT NULL,
    ship_line1          text        NOT NULL,
    ship_line2          text,
    ship_city           text        NOT NULL,
    ship_postal_code    text        NOT NULL,
    ship_country        text        NOT NULL,
    ship_phone          text,
    note                text,
    shipping_rate_id    text        NOT NULL,
    carrier             text,
    carrier_service     text,
    payment_gateway     text        NOT NULL,
    -- the gateway's token of the payment method, kept only until the payment has an outcome
    payment_token       text,
    -- the saga: the step to run next, when, how often it has failed, and the deadline of the checkout
    saga_step           text        NOT NULL CHECK (saga_step IN ('RESERVE_STOCK', 'TAKE_PAYMENT', 'COMMIT_STOCK',
                                        'CREATE_SHIPMENT', 'COMPENSATE', 'DONE')),
    saga_attempts       int         NOT NULL DEFAULT 0,
    saga_next_at        timestamptz NOT NULL,
    saga_error          text,
    deadline_at         timestamptz NOT NULL,
    -- what the peers answered; REQUESTED = asked, answer not known yet
    reservation_state   text        CHECK (reservation_state IN ('REQUESTED', 'HELD', 'OUT_OF_STOCK', 'COMMITTED',
                                        'RELEASED', 'RESTOCKED')),
    reservation_id      uuid,
    payment_status      text        CHECK (payment_status IN ('REQUESTED', 'SUCCEEDED', 'FAILED', 'REQUIRES_ACTION')),
    payment_id          uuid,
    failure_code        text,
    refund_id           uuid,
    refunded            bigint      NOT NULL DEFAULT 0 CHECK (refunded >= 0 AND refunded <= total),
    shipment_state      text        CHECK (shipment_state IN ('REQUESTED', 'CREATED', 'VOIDED')),
    shipment_id         uuid,
    tracking_number     text,
    shipment_status     text,
    delivered_at        timestamptz,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX orders_user ON orders (user_id, created_at DESC);
CREATE INDEX orders_created ON orders (created_at DESC);
CREATE INDEX orders_saga_due ON orders (saga_next_at) WHERE saga_step <> 'DONE';

CREATE TABLE order_line (
    order_id   uuid   NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    position   int    NOT NULL,
    sku        text   NOT NULL,
    product_id uuid   NOT NULL,
    seller_id  uuid,
    name       text   NOT NULL,
    quantity   int    NOT NULL CHECK (quantity > 0),
    unit_price bigint NOT NULL CHECK (unit_price >= 0),
    line_total bigint NOT NULL CHECK (line_total >= 0),
    returned   int    NOT NULL DEFAULT 0 CHECK (returned >= 0 AND returned <= quantity),
    PRIMARY KEY (order_id, sku)
);

CREATE INDEX order_line_seller ON order_line (seller_id, order_id);

-- where the inventory service held each line: the stores that stock returns to
CREATE TABLE order_allocation (
    order_id uuid NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    sku      text NOT NULL,
    store_id uuid NOT NULL,
    quantity int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (order_id, sku, store_id)
);

CREATE TABLE order_status_change (
    id       bigserial   PRIMARY KEY,
    order_id uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status   text        NOT NULL,
    reason   text,
    at       timestamptz NOT NULL
);

CREATE INDEX order_status_change_order ON order_status_change (order_id, id);

CREATE TABLE tracking_event (
    id          bigserial   PRIMARY KEY,
    order_id    uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    shipment_id uuid        NOT NULL,
    status      text        NOT NULL,
    location    text,
    description text,
    at          timestamptz NOT NULL
);

CREATE INDEX tracking_event_order ON tracking_event (order_id, at);

CREATE TABLE order_return (
    id           uuid        PRIMARY KEY,
    order_id     uuid        NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    status       text        NOT NULL CHECK (status IN ('REQUESTED', 'RECEIVED')),
    reason       text        NOT NULL,
    refund       bigint      NOT NULL CHECK (refund >= 0),
    refund_id    uuid,
    requested_at timestamptz NOT NULL,
    received_at  timestamptz
);

CREATE INDEX order_return_order ON order_return (order_id);

CREATE TABLE order_return_line (
    return_id uuid NOT NULL REFERENCES order_return (id) ON DELETE CASCADE,
    sku       text NOT NULL,
    quantity  int  NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (return_id, sku)
);
